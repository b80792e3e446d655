"""Answering a consultation online: stored once, only while open, and safe from bots."""

import datetime
import uuid

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from consultations.models import Channel, ConsultationResponse, ConsultationSubscription
from demo.factories.consultations import ConsultationQuestionFactory
from demo.factories.people import UserFactory
from notifications.sending import retry_unsent

from .conftest import answers_for

pytestmark = pytest.mark.django_db


def test_a_person_answers_and_gets_a_reference(client, open_consultation):
    page = client.get(open_consultation.url).content.decode()
    assert "Tell us what you think" in page
    assert "How often do you use the unit at night?" in page

    response = client.post(open_consultation.url, answers_for(open_consultation, uuid.uuid4()))
    assert response.status_code == 302
    stored = ConsultationResponse.objects.get()
    assert stored.channel == Channel.ONLINE
    assert stored.form_data["which_of_these_would_help"] == ["A taxi scheme", "Longer X-ray hours"]

    confirmation = client.get(response["Location"]).content.decode()
    assert "Thank you, we have your answers" in confirmation
    assert stored.reference in confirmation


def test_a_mistake_shows_an_error_summary_and_keeps_what_was_typed(client, open_consultation):
    data = answers_for(open_consultation, uuid.uuid4())
    del data["how_often_do_you_use_the_unit_at_night"]
    response = client.post(open_consultation.url, data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in html
    assert 'href="#id_how_often_do_you_use_the_unit_at_night_0">Answer the question: How often' in html
    assert "Getting to A&amp;E at night without a car." in html
    assert 'value="A taxi scheme" checked' in html
    assert not ConsultationResponse.objects.exists()


def test_sending_the_same_form_twice_stores_one_response(client, open_consultation):
    token = uuid.uuid4()
    first = client.post(open_consultation.url, answers_for(open_consultation, token))
    second = client.post(open_consultation.url, answers_for(open_consultation, token))
    assert ConsultationResponse.objects.count() == 1
    assert first["Location"] == second["Location"]


@pytest.mark.parametrize(
    "opens,closes",
    [
        (datetime.timedelta(seconds=1), datetime.timedelta(days=7)),
        (-datetime.timedelta(days=7), -datetime.timedelta(seconds=1)),
    ],
    ids=["not yet open", "closed"],
)
def test_answers_outside_the_open_dates_are_refused_and_not_stored(client, open_consultation, opens, closes):
    now = timezone.now()
    open_consultation.opens_at = now + opens
    open_consultation.closes_at = now + closes
    open_consultation.save_revision().publish()

    response = client.post(open_consultation.url, answers_for(open_consultation, uuid.uuid4()))
    assert response.status_code == 403
    assert "this consultation is not open" in response.content.decode()
    assert not ConsultationResponse.objects.exists()


def test_a_bot_filling_the_hidden_field_stores_nothing(client, open_consultation):
    data = answers_for(open_consultation, uuid.uuid4(), **{"respondent-website": "http://spam.example"})
    response = client.post(open_consultation.url, data)
    assert response.status_code == 200
    assert not ConsultationResponse.objects.exists()


def test_too_many_answers_from_one_address_get_a_friendly_429(client, open_consultation, settings):
    for _ in range(30):
        client.post(open_consultation.url, answers_for(open_consultation, uuid.uuid4()))
    response = client.post(open_consultation.url, answers_for(open_consultation, uuid.uuid4()))
    assert response.status_code == 429
    assert "Please wait a moment" in response.content.decode()
    assert ConsultationResponse.objects.count() == 30


def test_receipt_and_outcome_request_are_kept_apart_from_the_answers(
    client, open_consultation, django_capture_on_commit_callbacks
):
    data = answers_for(
        open_consultation,
        uuid.uuid4(),
        **{"respondent-email": "Sam@Example.org", "respondent-send_receipt": "on", "respondent-hear_outcome": "on"},
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(open_consultation.url, data)

    stored = ConsultationResponse.objects.get()
    assert "sam@example.org" not in str(stored.form_data).lower()
    assert ConsultationSubscription.objects.outcome().get().email == "sam@example.org"
    assert len(mail.outbox) == 1
    assert stored.reference in mail.outbox[0].body
    assert mail.outbox[0].to == ["Sam@Example.org"]


def _answer_asking_for_a_receipt(client, consultation):
    """Returns the confirmation page's address."""
    data = answers_for(
        consultation, uuid.uuid4(), **{"respondent-email": "sam@example.org", "respondent-send_receipt": "on"}
    )
    return client.post(consultation.url, data)["Location"]


def test_a_receipt_held_up_by_the_mail_server_is_on_its_way_then_sent(
    committing_client, open_consultation, mail_server
):
    mail_server.stop()
    confirmation_url = _answer_asking_for_a_receipt(committing_client, open_consultation)

    waiting = committing_client.get(confirmation_url).content.decode()
    assert ConsultationResponse.objects.get().reference in waiting
    assert (
        "We are sending you a receipt by e-mail. It may take a little while. Your answers are saved either way."
        in waiting
    )
    assert "We have e-mailed you a receipt." not in waiting
    assert "sam@example.org" not in waiting

    mail_server.start()
    retry_unsent()

    sent = committing_client.get(confirmation_url).content.decode()
    assert "We have e-mailed you a receipt." in sent
    assert "We are sending you a receipt" not in sent
    assert "sam@example.org" not in sent
    (receipt,) = mail.outbox
    assert receipt.to == ["sam@example.org"]


def test_a_receipt_sent_at_once_says_so(committing_client, open_consultation):
    confirmation_url = _answer_asking_for_a_receipt(committing_client, open_consultation)

    assert "We have e-mailed you a receipt." in committing_client.get(confirmation_url).content.decode()
    assert len(mail.outbox) == 1


def test_no_receipt_asked_for_no_word_of_one(client, open_consultation):
    response = client.post(open_consultation.url, answers_for(open_consultation, uuid.uuid4()))

    confirmation = client.get(response["Location"]).content.decode()
    assert "receipt" not in confirmation


def test_asking_for_an_email_without_an_address_is_a_clear_error(client, open_consultation):
    data = answers_for(open_consultation, uuid.uuid4(), **{"respondent-hear_outcome": "on"})
    html = client.post(open_consultation.url, data).content.decode()
    assert "Enter your e-mail address so we can write to you" in html
    assert not ConsultationResponse.objects.exists()


def test_consultation_that_requires_an_account_sends_people_to_log_in(client, open_consultation):
    open_consultation.allow_anonymous = False
    open_consultation.save_revision().publish()

    page = client.get(open_consultation.url).content.decode()
    assert "Log in to answer" in page
    response = client.post(open_consultation.url, answers_for(open_consultation, uuid.uuid4()))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert not ConsultationResponse.objects.exists()

    member = UserFactory()
    client.force_login(member)
    client.post(open_consultation.url, answers_for(open_consultation, uuid.uuid4()))
    assert ConsultationResponse.objects.get().respondent == member


def test_a_confirmation_for_another_reference_is_not_found(client, open_consultation):
    assert client.get(open_consultation.url + "confirmation/NOPE1234/").status_code == 404


@pytest.fixture
def optional_choices(open_consultation):
    """The birth centre trial's questions: an optional drop-down, and optional radios on which
    an editor once set a default answer."""
    ConsultationQuestionFactory(
        page=open_consultation,
        label="How would you get to the birth centre?",
        field_type="dropdown",
        choices="By car\nBy bus\nOn foot",
        required=False,
    )
    ConsultationQuestionFactory(
        page=open_consultation,
        label="Have you been to the birth centre before?",
        field_type="radio",
        choices="Yes\nNo",
        default_value="Yes",
        required=False,
    )
    return open_consultation


def test_optional_choice_questions_start_unanswered_and_store_nothing_when_left_alone(client, optional_choices):
    html = client.get(optional_choices.url).content.decode()
    assert '<option value="" selected>Choose an answer</option>' in html
    assert '<option value="By car">By car</option>' in html
    assert " checked" not in html

    client.post(optional_choices.url, answers_for(optional_choices, uuid.uuid4()))
    stored = ConsultationResponse.objects.get()
    assert "how_would_you_get_to_the_birth_centre" not in stored.form_data
    assert "have_you_been_to_the_birth_centre_before" not in stored.form_data
    assert stored.form_data["how_often_do_you_use_the_unit_at_night"] == "Once a year"


def test_a_required_drop_down_left_on_its_blank_choice_is_an_error(client, open_consultation):
    ConsultationQuestionFactory(
        page=open_consultation, label="Which site?", field_type="dropdown", choices="North\nSouth", required=True
    )
    html = client.post(open_consultation.url, answers_for(open_consultation, uuid.uuid4(), which_site="")).content
    assert "Answer the question: Which site?" in html.decode()
    assert not ConsultationResponse.objects.exists()


@pytest.mark.parametrize("address", ["sam@", "sam@" + "x" * 330 + ".org"], ids=["mistyped", "too long"])
def test_a_wrong_address_for_the_outcome_gets_one_message(client, open_consultation, address):
    data = answers_for(
        open_consultation, uuid.uuid4(), **{"respondent-email": address, "respondent-hear_outcome": "on"}
    )
    response = client.post(open_consultation.url, data)
    assert response.context["respondent_form"].errors["email"] == ["Enter an e-mail address like name@example.org"]
    html = response.content.decode()
    assert "Enter your e-mail address so we can write to you" not in html
    assert "email address" not in html.lower()
    assert not ConsultationResponse.objects.exists()


def test_a_wrong_address_in_an_e_mail_question_gets_one_message(client, open_consultation):
    ConsultationQuestionFactory(page=open_consultation, label="Your e-mail if we may contact you", field_type="email")
    data = answers_for(open_consultation, uuid.uuid4(), your_e_mail_if_we_may_contact_you="sam@" + "x" * 330)
    response = client.post(open_consultation.url, data)
    assert response.context["form"].errors["your_e_mail_if_we_may_contact_you"] == [
        "Check your answer to: Your e-mail if we may contact you"
    ]


PROXY = "10.0.0.2"


def answer_through(client, consultation, remote_addr, forwarded_for=None):
    """Post a full set of answers as it reaches the site: from REMOTE_ADDR, perhaps with a header."""
    headers = {"X-Forwarded-For": forwarded_for} if forwarded_for else {}
    return client.post(
        consultation.url, answers_for(consultation, uuid.uuid4()), REMOTE_ADDR=remote_addr, headers=headers
    )


def test_behind_our_proxy_one_busy_address_does_not_stop_everyone_else(client, open_consultation, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for _ in range(30):
        answer_through(client, open_consultation, PROXY, "203.0.113.7")

    assert answer_through(client, open_consultation, PROXY, "203.0.113.7").status_code == 429
    assert answer_through(client, open_consultation, PROXY, "198.51.100.4").status_code == 302
    assert ConsultationResponse.objects.count() == 31


@pytest.mark.parametrize(
    ("proxies", "remote_addr", "forwarded_for"),
    [
        (0, "203.0.113.7", "192.0.2.{n}"),  # no proxy: the client's own header means nothing
        (1, PROXY, "192.0.2.{n}, 203.0.113.7"),  # behind our proxy: only the entry it wrote counts
    ],
)
def test_a_made_up_forwarded_for_header_does_not_escape_the_limit(
    client, open_consultation, settings, proxies, remote_addr, forwarded_for
):
    settings.TRUSTED_PROXY_COUNT = proxies
    for n in range(30):
        answer_through(client, open_consultation, remote_addr, forwarded_for.format(n=n))

    assert answer_through(client, open_consultation, remote_addr, forwarded_for.format(n=99)).status_code == 429
    assert ConsultationResponse.objects.count() == 30


# Well formed, but longer than the 254 characters an address column holds: Django's own check
# allows 320, and PostgreSQL then refused to store it, losing the person's answers with a 500.
ADDRESS_OVER_254 = "a" * 64 + "@" + ".".join(["b" * 63] * 3) + ".org"


def test_an_address_over_254_characters_gets_a_message_and_the_answers_are_kept(client, open_consultation):
    assert len(ADDRESS_OVER_254) > 254
    data = answers_for(
        open_consultation, uuid.uuid4(), **{"respondent-email": ADDRESS_OVER_254, "respondent-hear_outcome": "on"}
    )
    response = client.post(open_consultation.url, data)

    assert response.status_code == 200
    assert response.context["respondent_form"].errors["email"] == ["Enter an e-mail address like name@example.org"]
    assert "Getting to A&amp;E at night without a car." in response.content.decode()
    assert not ConsultationResponse.objects.exists()
    assert not ConsultationSubscription.objects.outcome().exists()


def test_a_logged_in_member_answering_a_consultation_open_to_everyone_finds_it_on_their_account(
    client, open_consultation
):
    member = UserFactory()
    client.force_login(member)
    page = client.get(open_consultation.url).content.decode()
    assert "You are logged in, so we keep your answers with your account." in page

    client.post(open_consultation.url, answers_for(open_consultation, uuid.uuid4()))

    response = ConsultationResponse.objects.get()
    assert response.respondent == member
    account = client.get(reverse("people:account")).content.decode()
    assert "Consultations you answered" in account
    assert open_consultation.title in account
    assert f"Your reference: {response.reference}" in account
    assert "We have not decided yet." in account


def test_answers_sent_without_logging_in_belong_to_no_account(client, open_consultation):
    assert "You are logged in" not in client.get(open_consultation.url).content.decode()
    client.post(open_consultation.url, answers_for(open_consultation, uuid.uuid4()))
    assert ConsultationResponse.objects.get().respondent is None
