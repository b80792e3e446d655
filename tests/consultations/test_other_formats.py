"""Other formats of a consultation: its easy read version, whose answers count with the
consultation's own, and its questions on paper, to post to people who are not online."""

import datetime
import re
import uuid

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from consultations.models import Channel, ConsultationResponse
from demo.factories.consultations import EasyReadPageFactory, easy_read_point
from demo.factories.people import UserFactory

from .conftest import answers_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def easy_read(open_consultation):
    question = open_consultation.form_fields.get(label="How often do you use the unit at night?")
    question.easy_read_label = "Do you go to the unit at night?"
    question.save()
    return EasyReadPageFactory(
        parent=open_consultation,
        title="Night-time opening: easy read",
        points=[easy_read_point("The unit may shut at night.\nTell us what you think.")],
    )


def test_the_consultation_and_its_easy_read_version_link_to_each_other(client, open_consultation, easy_read):
    consultation = client.get(open_consultation.url).content.decode()
    assert f'<a href="{easy_read.url}">Easy read version</a>' in consultation

    page = client.get(easy_read.url).content.decode()
    assert "The unit may shut at night.<br>Tell us what you think." in page
    assert 'alt="A drawing of a building."' in page
    assert f'<a href="{open_consultation.url}">Read the full version</a>' in page
    # The consultation's questions, in easy words where the editor gave them.
    assert "Do you go to the unit at night?" in page
    assert "How often do you use the unit at night?" not in page
    assert "Which of these would help?" in page


def test_an_easy_read_answer_counts_once_in_the_consultations_responses_results_and_export(
    client, open_consultation, easy_read, settings
):
    token = uuid.uuid4()
    answers = answers_for(open_consultation, token)
    sent = client.post(easy_read.url, answers)
    again = client.post(easy_read.url, answers)  # back, and send again

    stored = ConsultationResponse.objects.get()
    assert stored.page_id == open_consultation.pk
    assert stored.channel == Channel.EASY_READ
    assert stored.form_data["how_often_do_you_use_the_unit_at_night"] == "Once a year"
    assert sent["Location"] == again["Location"] == f"{open_consultation.url}confirmation/{stored.reference}/"
    assert stored.reference in client.get(sent["Location"]).content.decode()

    publisher = UserFactory()
    publisher.groups.add(Group.objects.get(name="Publishers"))
    client.force_login(publisher)
    export_url = reverse("wagtailforms:list_submissions", args=[open_consultation.pk])
    export = b"".join(client.get(export_url, {"export": "csv"}).streaming_content).decode()
    assert export.count(stored.reference) == 1
    assert f"{stored.reference},Easy read," in export
    client.logout()

    settings.RESULTS_MIN_COUNT = 1  # counting, not withholding small numbers, is tested here
    open_consultation.closes_at = timezone.now() - datetime.timedelta(minutes=1)
    open_consultation.results_published = True
    open_consultation.save_revision().publish()
    results = client.get(open_consultation.url).content.decode()
    assert "We received 1 response." in results
    assert '<th scope="row" class="nhsuk-table__header">Easy read</th>' in results


def test_the_easy_read_page_takes_no_answers_once_the_consultation_closes(client, open_consultation, easy_read):
    open_consultation.closes_at = timezone.now() - datetime.timedelta(minutes=1)
    open_consultation.save_revision().publish()
    assert "Send my answers" not in client.get(easy_read.url).content.decode()
    refused = client.post(easy_read.url, answers_for(open_consultation, uuid.uuid4()))
    assert refused.status_code == 403
    assert "Your answers were not sent" in refused.content.decode()
    assert not ConsultationResponse.objects.exists()


def test_easy_read_versions_are_not_listed_as_forms_of_their_own(client, open_consultation, easy_read):
    publisher = UserFactory()
    publisher.groups.add(Group.objects.get(name="Publishers"))
    client.force_login(publisher)
    listing = client.get(reverse("wagtailforms:index")).content.decode()
    assert open_consultation.title in listing
    assert easy_read.title not in listing


def test_the_paper_version_asks_every_question_in_order_with_its_choices(client, open_consultation):
    paper_url = f"{open_consultation.url}paper/"
    assert (
        f'<a href="{paper_url}">Print the questions on paper</a>' in client.get(open_consultation.url).content.decode()
    )

    paper = client.get(paper_url).content.decode()
    questions = re.findall(r'<h3 class="paper-question__label">([^<]*)</h3>', paper)
    assert questions == [
        "How often do you use the unit at night?",
        "What worries you about the change? (optional)",
        "Which of these would help? (optional)",
    ]
    choices = re.findall(
        r'<li class="paper-choice"><span class="paper-mark paper-mark--(\w+)"[^>]*></span>([^<]*)</li>', paper
    )
    assert choices == [
        ("circle", "Never"),
        ("circle", "Once a year"),
        ("circle", "More often"),
        ("square", "A taxi scheme"),
        ("square", "Longer X-ray hours"),
        ("square", "Better phone advice"),
    ]
    assert paper.count('<div class="paper-box paper-box--long"></div>') == 2  # the worries, and the address
    assert "For office use" in paper
    assert "Tell me what you decide" in paper
    assert 'href="/static/css/print.css" media="print"' in paper


def test_the_paper_version_gives_the_address_to_post_it_to(client, open_consultation):
    from wagtail.models import Site

    from core.models import SiteSettings

    SiteSettings.objects.update_or_create(
        site=Site.objects.get(is_default_site=True),
        defaults={"organisation_name": "Kellsmoor ICB", "contact_address": "Freepost KELLSMOOR ICB"},
    )
    paper = client.get(f"{open_consultation.url}paper/").content.decode()
    assert "Kellsmoor ICB<br>Freepost KELLSMOOR ICB" in paper


def test_staff_keying_in_responses_find_the_paper_version(client, open_consultation):
    publisher = UserFactory()
    publisher.groups.add(Group.objects.get(name="Publishers"))
    client.force_login(publisher)
    screen = client.get(reverse("consultations_key_in", args=[open_consultation.pk])).content.decode()
    assert f'href="{open_consultation.get_url()}paper/"' in screen


def test_every_public_page_links_the_print_stylesheet(client, open_consultation):
    page = client.get(open_consultation.url).content.decode()
    assert '<link rel="stylesheet" href="/static/css/print.css" media="print">' in page


def test_an_editor_adds_an_easy_read_version_under_a_consultation(client, open_consultation):
    editor = UserFactory()
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    add = reverse("wagtailadmin_pages:add", args=["consultations", "easyreadpage", open_consultation.pk])
    form = client.get(add)
    assert form.status_code == 200
    assert "Say what the picture shows, for people who cannot see it." in form.content.decode()
    chooser = reverse("wagtailadmin_pages:add_subpage", args=[open_consultation.pk])
    assert add in client.get(chooser).content.decode()
