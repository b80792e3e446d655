"""Suggestions at any time: anyone sends one (name optional, e-mail address needed), is thanked
by e-mail with a private link to follow it, and is e-mailed once each time staff move it on
in the admin. Staff can start a forum conversation from a popular one."""

import datetime
import re

import pytest
from django.core import mail
from django.utils import timezone

from feedback.models import StatusChange, Suggestion, SuggestionStatus
from feedback.suggestions import change_status
from forum.models import Thread
from notifications.models import Notification
from people.retention import apply_retention

pytestmark = pytest.mark.django_db

IDEA = "Put a clock in the waiting room that shows how long the wait is."


def send(client, **changes):
    data = {"service": "", "text": IDEA, "name": "Rowan", "email": "rowan@example.org", **changes}
    return client.post("/feedback/suggest/", data)


def status_link(message):
    return re.search(r"http\S+(/feedback/suggestions/\S+/)", message.body).group(1)


def edit(client, suggestion, status, reason=""):
    return client.post(
        f"/admin/feedback/suggestions/edit/{suggestion.pk}/",
        {"service": suggestion.service_id or "", "status": status, "reason": reason},
    )


def test_a_suggestion_is_kept_once_and_acknowledged_with_a_link_to_follow_it(committing_client, service):
    response = send(committing_client, service=str(service.pk))

    assert response.status_code == 302 and response["Location"] == "/feedback/suggest/sent/"
    suggestion = Suggestion.objects.get()
    assert (suggestion.text, suggestion.service, suggestion.status) == (IDEA, service, SuggestionStatus.RECEIVED)
    (message,) = mail.outbox
    assert message.to == ["rowan@example.org"]
    assert message.subject == "We have your suggestion"
    assert IDEA in message.body
    page = committing_client.get(status_link(message))
    assert page.status_code == 200
    assert "no-store" in page["Cache-Control"]
    text = page.content.decode()
    assert "Received" in text and IDEA in text and "Minor injuries unit" in text
    # The link is wiped from the stored e-mail once it has gone.
    assert Notification.objects.get().body == ""


def test_the_service_can_be_chosen_from_its_page(client, service):
    page = client.get("/feedback/suggest/?service=minor-injuries-unit").content.decode()
    assert re.search(rf'<option value="{service.pk}" selected>Minor injuries unit</option>', page)


@pytest.mark.parametrize("made_up", ["%00", "no-such-service", "a%20b"])
def test_a_made_up_service_in_the_address_chooses_none(client, service, made_up):
    """A null character reaching PostgreSQL in a query was a server error once."""
    response = client.get(f"/feedback/suggest/?service={made_up}")
    assert response.status_code == 200
    assert "selected>No service in particular" in response.content.decode()


def test_an_e_mail_address_is_needed_and_nothing_is_lost_without_one(client, service):
    response = send(client, email="")
    page = response.content.decode()
    assert "Give your e-mail address, so we can tell you what happens" in page
    assert IDEA in page
    assert not Suggestion.objects.exists()


def test_a_bot_is_thanked_and_nothing_is_kept(client, service):
    assert send(client, website="spam").status_code == 302
    assert not Suggestion.objects.exists()
    assert mail.outbox == []


def test_the_engagement_team_hears_of_a_new_suggestion_without_who_sent_it(
    committing_client, service, engagement_lead, moderator
):
    send(committing_client, name="Rowan Ashby")

    (for_the_team,) = [message for message in mail.outbox if message.subject == "A new suggestion"]
    assert for_the_team.to == [engagement_lead.email]  # not the moderator, who cannot move it on
    assert IDEA in for_the_team.body
    assert "Rowan" not in for_the_team.body and "rowan@example.org" not in for_the_team.body
    suggestion = Suggestion.objects.get()
    assert f"/admin/feedback/suggestions/edit/{suggestion.pk}/" in for_the_team.body


def test_a_made_up_link_opens_nothing(client):
    response = client.get("/feedback/suggestions/made-up/")
    assert response.status_code == 404
    assert "This link does not work" in response.content.decode()


def test_each_status_change_e_mails_the_person_once(committing_client, service, engagement_lead):
    send(committing_client)
    suggestion = Suggestion.objects.get()
    link = status_link(mail.outbox[0])
    committing_client.force_login(engagement_lead)

    assert edit(committing_client, suggestion, SuggestionStatus.LOOKING).status_code == 302
    assert edit(committing_client, suggestion, SuggestionStatus.LOOKING).status_code == 302  # saved again: no news
    edit(committing_client, suggestion, SuggestionStatus.PASSED_ON, "The unit's manager has it.")

    to_them = [message for message in mail.outbox if message.to == ["rowan@example.org"]]
    assert [message.subject for message in to_them] == [
        "We have your suggestion",
        "Your suggestion: being looked at",
        "Your suggestion: passed to the service",
    ]
    assert "The unit's manager has it." in to_them[-1].body
    assert list(suggestion.changes.values_list("status", flat=True)) == ["received", "looking", "passed_on"]
    assert StatusChange.objects.last().changed_by == engagement_lead
    committing_client.logout()
    page = committing_client.get(link).content.decode()
    assert "Passed to the service" in page and "The unit&#x27;s manager has it." in page


def test_not_possible_needs_a_reason_the_person_reads(committing_client, service, engagement_lead):
    send(committing_client)
    suggestion = Suggestion.objects.get()
    committing_client.force_login(engagement_lead)

    response = edit(committing_client, suggestion, SuggestionStatus.NOT_POSSIBLE)
    assert "Say why it is not possible" in response.content.decode()
    assert [message.subject for message in mail.outbox if message.to == ["rowan@example.org"]] == [
        "We have your suggestion"
    ]

    edit(committing_client, suggestion, SuggestionStatus.NOT_POSSIBLE, "The room is too small for a screen.")
    assert mail.outbox[-1].subject == "Your suggestion: not possible"
    assert "The room is too small for a screen." in mail.outbox[-1].body


def test_staff_start_a_forum_conversation_without_the_persons_details(
    client, service, engagement_lead, forum_page, category
):
    send(client, name="Rowan Ashby", email="rowan@example.org")
    suggestion = Suggestion.objects.get()
    client.force_login(engagement_lead)
    form = client.get(f"/admin/feedback/suggestions/{suggestion.pk}/conversation/")
    assert IDEA in form.content.decode()

    response = client.post(
        f"/admin/feedback/suggestions/{suggestion.pk}/conversation/",
        {"category": category.pk, "title": "A clock that shows the wait", "text": IDEA},
    )

    assert response.status_code == 302
    thread = Thread.objects.get()
    suggestion.refresh_from_db()
    assert suggestion.thread == thread
    assert thread.author == engagement_lead
    assert thread.is_public
    page = client.get(thread.get_absolute_url()).content.decode()
    assert IDEA in page
    assert "Rowan Ashby" not in page and "rowan@example.org" not in page


def test_only_engagement_leads_move_suggestions_on(client, service, moderator):
    send(client)
    suggestion = Suggestion.objects.get()
    client.force_login(moderator)
    assert edit(client, suggestion, SuggestionStatus.DONE).status_code in (302, 403)
    assert Suggestion.objects.get().status == SuggestionStatus.RECEIVED
    refused = client.post(f"/admin/feedback/suggestions/{suggestion.pk}/conversation/", {"title": "x", "text": "y"})
    assert refused.status_code == 302 and refused["Location"] == "/admin/"  # the admin's "no permission"
    assert not Thread.objects.exists()


def test_a_suggestion_with_no_news_for_two_years_is_deleted_with_its_contact_details(client, service, settings):
    send(client)
    send(client, text="A second idea, moved on later.")
    old, recent = Suggestion.objects.order_by("pk")
    change_status(recent, SuggestionStatus.LOOKING)
    later = timezone.now() + datetime.timedelta(days=settings.SURVEY_CONTACT_DETAILS_DAYS + 1)
    StatusChange.objects.filter(suggestion=recent, status=SuggestionStatus.LOOKING).update(changed_at=later)

    removed = dict(apply_retention(now=later))

    assert removed["suggestions and the contact details with them"] == 1
    assert list(Suggestion.objects.all()) == [recent]
