"""The equality questions are offered after a consultation answer and after signing up, once:
each link works one time, and only for the person it was offered to."""

import datetime
import re

import pytest
from allauth.account.models import EmailAddress, EmailConfirmationHMAC
from django.contrib.sessions.middleware import SessionMiddleware
from django.core import mail
from django.template import RequestContext, Template
from django.test import Client, RequestFactory
from django.utils import timezone

from demo.factories.people import MemberFactory
from equality.models import AnswerSet, Occasion, OccasionKind, Offer
from equality.offers import SESSION_KEY, make_offer

from .conftest import FULL_ANSWERS, answer, offer_link

pytestmark = pytest.mark.django_db


def test_answering_a_consultation_offers_the_questions_once(client, consultation):
    confirmation = answer(client, consultation)
    assert "Help us hear from everyone" in confirmation
    link = offer_link(confirmation)
    assert link

    # Reloading the confirmation, or answering again in the same browser, offers the same link.
    reference = consultation.get_submissions().get().reference
    assert offer_link(client.get(f"{consultation.url}confirmation/{reference}/").content.decode()) == link
    assert offer_link(answer(client, consultation)) == link
    assert Offer.objects.count() == 1

    form = client.get(link)
    assert form.status_code == 200
    assert "Questions about you" in form.content.decode()
    assert form["Cache-Control"].startswith("max-age=0")


def test_someone_else_opening_the_confirmation_page_is_not_offered_the_questions(client, consultation):
    answer(client, consultation)
    reference = consultation.get_submissions().get().reference
    stranger = Client().get(f"{consultation.url}confirmation/{reference}/").content.decode()
    assert reference in stranger
    assert offer_link(stranger) is None


def test_sending_the_answers_stores_them_once_and_the_link_stops_working(client, consultation):
    link = offer_link(answer(client, consultation))

    sent = client.post(link, FULL_ANSWERS)
    assert sent.status_code == 302
    assert "Thank you for telling us about yourself" in client.get(sent["Location"]).content.decode()

    stored = AnswerSet.objects.get()
    assert (stored.ethnicity, stored.religion, stored.sexual_orientation) == (
        "asian_pakistani",
        "muslim",
        "prefer_not_to_say",
    )
    assert stored.occasion == Occasion.objects.get(page=consultation)
    assert stored.month == timezone.localdate().replace(day=1)
    assert not Offer.objects.exists()

    again = client.post(link, FULL_ANSWERS)
    assert again.status_code == 410
    assert "This link has been used" in again.content.decode()
    assert client.get(link).status_code == 410
    assert AnswerSet.objects.count() == 1


def test_a_used_token_leaves_the_session(client, consultation):
    link = offer_link(answer(client, consultation))
    client.post(link, FULL_ANSWERS)
    token = link.strip("/").rpartition("/")[2]
    assert token not in client.session.get(SESSION_KEY, {}).values()


def test_nothing_is_kept_without_the_tick_to_agree(client, consultation):
    link = offer_link(answer(client, consultation))
    response = client.post(link, {**FULL_ANSWERS, "consent": ""})
    html = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in html
    assert 'href="#id_consent">Tick the box to say you agree' in html
    assert 'value="asian_pakistani" checked' in html  # what they chose is kept on the page
    assert not AnswerSet.objects.exists()
    assert Offer.objects.count() == 1  # the link still works


def test_a_form_with_no_answers_is_not_counted(client, consultation):
    link = offer_link(answer(client, consultation))
    response = client.post(link, {"consent": "on"})
    assert "Answer at least one question" in response.content.decode()
    assert 'href="#id_age_band_0"' in response.content.decode()
    assert not AnswerSet.objects.exists()


def test_an_answer_that_is_not_a_choice_is_refused(client, consultation):
    link = offer_link(answer(client, consultation))
    response = client.post(link, {**FULL_ANSWERS, "ethnicity": "My name is Sam Jones"})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not AnswerSet.objects.exists()


def test_made_up_and_lapsed_links_do_not_open_the_form(client, consultation):
    assert client.get("/about-you/not-a-real-token/").status_code == 410
    link = offer_link(answer(client, consultation))
    Offer.objects.update(expires_on=timezone.localdate() - datetime.timedelta(days=1))
    assert client.get(link).status_code == 410
    assert client.post(link, FULL_ANSWERS).status_code == 410
    assert not AnswerSet.objects.exists()


def test_signing_up_offers_the_questions_on_the_account_page(client, home_page):
    signed_up = client.post(
        "/accounts/signup/",
        {
            "email": "robin@example.org",
            "display_name": "Robin",
            "password1": "a-long-test-password",
            "password2": "a-long-test-password",
        },
    )
    assert signed_up.status_code == 302
    assert not Offer.objects.exists()  # not before the address is confirmed
    (confirmation,) = mail.outbox
    key = re.search(r"/accounts/confirm-email/([^/\s]+)/", confirmation.body).group(1)
    confirmed = client.post(f"/accounts/confirm-email/{key}/")
    account = client.get(confirmed["Location"]).content.decode()
    assert "Your account" in account
    link = offer_link(account)
    assert link

    assert client.post(link, FULL_ANSWERS).status_code == 302
    assert AnswerSet.objects.get().occasion.kind == OccasionKind.SIGN_UP
    assert offer_link(client.get("/accounts/").content.decode()) is None


def test_changing_an_e_mail_address_is_not_signing_up(client, home_page):
    member = MemberFactory(email="sam@example.org")
    new_address = EmailAddress.objects.create(user=member, email="sam.new@example.org", verified=False)
    client.force_login(member)
    client.post(f"/accounts/confirm-email/{EmailConfirmationHMAC(new_address).key}/")
    assert EmailAddress.objects.get(user=member).email == "sam.new@example.org"
    assert not Offer.objects.exists()


def test_the_report_knows_a_consultation_by_its_latest_title(client, consultation):
    answer(client, consultation)
    consultation.title = "Moving the birth centre next to the labour ward"
    consultation.save_revision().publish()
    answer(Client(), consultation)
    assert (
        str(Occasion.objects.get(page=consultation))
        == "After answering “Moving the birth centre next to the labour ward”"
    )


def test_the_people_bank_can_offer_the_questions_with_the_same_tag(client, home_page):
    """What the People Bank's confirmation page will do: offer in its view, show with the tag."""
    request = RequestFactory().get("/people-bank/confirmed/")
    SessionMiddleware(lambda request: None).process_request(request)
    make_offer(request, OccasionKind.PEOPLE_BANK)
    html = Template('{% load equality_tags %}{% equality_offer "people_bank" %}').render(RequestContext(request, {}))
    assert "Help us hear from everyone" in html
    assert client.post(offer_link(html), FULL_ANSWERS).status_code == 302
    assert AnswerSet.objects.get().occasion.kind == OccasionKind.PEOPLE_BANK
    assert (
        offer_link(
            Template('{% load equality_tags %}{% equality_offer "sign_up" %}').render(RequestContext(request, {}))
        )
        is None
    )
