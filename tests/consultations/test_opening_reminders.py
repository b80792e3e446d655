""" "Tell me when it opens": one e-mail when a coming-soon consultation opens, then the address is gone."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from consultations.models import ConsultationSubscription

pytestmark = pytest.mark.django_db


def ask(client, page, email, **extra):
    return client.post(page.url + "remind-me/", {"reminder-email": email, **extra})


def test_a_person_asks_to_hear_when_it_opens_and_is_told_once(client, coming_soon, django_capture_on_commit_callbacks):
    page = client.get(coming_soon.url).content.decode()
    assert "Get an e-mail when it opens" in page

    response = ask(client, coming_soon, "Kim@Example.org")
    assert "We will tell you when it opens" in response.content.decode()
    ask(client, coming_soon, "kim@example.org")  # asking twice is one request
    assert ConsultationSubscription.objects.opening().count() == 1

    call_command("announce_due")
    assert mail.outbox == []  # not open yet

    coming_soon.opens_at = timezone.now() - datetime.timedelta(minutes=1)
    coming_soon.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("announce_due")
        call_command("announce_due")
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["kim@example.org"]
    assert coming_soon.full_url in mail.outbox[0].body
    assert not ConsultationSubscription.objects.opening().exists()


def test_a_mistyped_address_gets_a_clear_message(client, coming_soon):
    html = ask(client, coming_soon, "not-an-address").content.decode()
    assert "There is a problem" in html
    assert "Enter an e-mail address like name@example.org" in html
    assert not ConsultationSubscription.objects.opening().exists()


def test_bots_and_open_consultations_store_no_reminder(client, coming_soon, open_consultation):
    ask(client, coming_soon, "bot@example.org", **{"reminder-website": "spam"})
    response = ask(client, open_consultation, "late@example.org")
    assert response.status_code == 302
    assert not ConsultationSubscription.objects.opening().exists()


def test_a_very_long_address_gets_one_message(client, coming_soon):
    response = ask(client, coming_soon, "kim@" + "x" * 330 + ".org")
    assert response.context["reminder_form"].errors["email"] == ["Enter an e-mail address like name@example.org"]
    assert not ConsultationSubscription.objects.opening().exists()


def test_an_address_over_254_characters_gets_a_message(client, coming_soon):
    from .test_questionnaire import ADDRESS_OVER_254

    response = ask(client, coming_soon, ADDRESS_OVER_254)
    assert response.status_code == 200
    assert response.context["reminder_form"].errors["email"] == ["Enter an e-mail address like name@example.org"]
    assert not ConsultationSubscription.objects.opening().exists()


def test_too_many_requests_from_one_address_get_our_429_page(client, coming_soon):
    for number in range(30):
        ask(client, coming_soon, f"person{number}@example.org")
    response = ask(client, coming_soon, "one-too-many@example.org")
    assert response.status_code == 429
    assert "Please wait a moment" in response.content.decode()
    assert ConsultationSubscription.objects.opening().count() == 30
