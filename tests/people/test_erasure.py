"""A member deletes their account: after asking for their password, the site erases everything
every room held about them, keeps or removes their forum posts as they chose, keeps their
consultation answers without their contact details, and notes that it happened without
saying whose account it was. The checks read every table, so a room that starts keeping
something new about people fails them until its erasure covers it."""

import logging

import pytest
from allauth.account.models import EmailAddress
from django.apps import apps
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.models import Session
from django.db import models
from django.db.models import Q
from django.test import Client
from django.urls import reverse

from consultations.models import ConsultationResponse, ConsultationSubscription
from forum.models import Follow, Post, Thread
from forum.personal_data import TITLE_OF_A_FORMER_MEMBER
from notifications.models import Notification
from people.models import ErasureRecord, User
from people_bank.models import Invitation

from .holdings import (
    ANSWER_WORDS,
    EMAIL,
    LONELY_THREAD_WORDS,
    NAME,
    OWN_THREAD_WORDS,
    REPLY_WORDS,
    SUGGESTION_WORDS,
    UNCONFIRMED_EMAIL,
    WORK_EMAIL,
    member_with_everything,
)

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-test-password"  # UserFactory's
TEXT_FIELDS = (models.CharField, models.TextField, models.JSONField)


@pytest.fixture
def everything(home_page):
    return member_with_everything(home_page)


def traces(user_id, addresses, words):
    """Every row, in every table of every app, that still points at the user, holds one of
    their addresses or contains one of `words`: "table.column" for each."""
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    found = []
    for model in apps.get_models(include_auto_created=True):
        if model._meta.proxy or not model._meta.managed:
            continue
        rows = model._base_manager.all()
        for field in model._meta.concrete_fields:
            if field.is_relation:
                wanted = Q(**{field.attname: user_id}) if field.related_model is user_model else None
            elif isinstance(field, models.EmailField):
                wanted = Q()
                for address in addresses:
                    wanted |= Q(**{f"{field.name}__iexact": address})
            elif isinstance(field, TEXT_FIELDS):
                wanted = Q()
                for word in [*addresses, *words]:
                    wanted |= Q(**{f"{field.name}__icontains": word})
            else:
                wanted = None
            if wanted and rows.filter(wanted).exists():
                found.append(f"{model._meta.db_table}.{field.column}")
    for session in Session.objects.all():
        if session.get_decoded().get(SESSION_KEY) == str(user_id):
            found.append(f"django_session {session.session_key}")
    return found


def logged_in_client(user):
    client = Client()
    client.force_login(user)
    return client


def password_given(client):
    """The member has just typed their password again (allauth's reauthentication)."""
    asked = client.get(reverse("people:delete_account"), follow=True)
    assert "Enter your password to carry on" in asked.content.decode()
    return client.post(asked.redirect_chain[-1][0], {"password": PASSWORD}, follow=True)


def test_the_check_finds_what_a_member_leaves_everywhere(everything):
    """The check itself: before erasure, it finds the member in every room that keeps them."""
    member = everything.member
    logged_in_client(member)

    found = traces(member.pk, [EMAIL, WORK_EMAIL], [NAME, OWN_THREAD_WORDS])

    for place in [
        "people_user.email",
        "account_emailaddress.user_id",
        "django_comments.user_id",
        "forum_thread.author_id",
        "forum_follow.member_id",
        "forum_report.reporter_id",
        "forum_sanction.member_id",
        "consultations_consultationresponse.respondent_id",
        "consultations_consultationsubscription.email",
        "notifications_notification.to",
        "people_bank_entry.email",
        "stories_story.user_id",
        "stories_story.email",
        "stories_story.shown_name",
        "wagtailcore_modellogentry.label",
    ]:
        assert place in found
    assert any(place.startswith("django_session") for place in found)


@pytest.mark.parametrize("choice", ["keep", "remove"])
def test_deleting_the_account_leaves_nothing_that_points_at_the_member(everything, choice):
    member = everything.member
    member_id = member.pk
    other_device = logged_in_client(member)
    client = logged_in_client(member)
    password_given(client)

    response = client.post(reverse("people:delete_account"), {"posts": choice})

    assert response.status_code == 302 and response["Location"] == reverse("people:account_deleted")
    words = [NAME, SUGGESTION_WORDS]
    if choice == "remove":
        words += [OWN_THREAD_WORDS, LONELY_THREAD_WORDS, REPLY_WORDS]
    assert traces(member_id, [EMAIL, WORK_EMAIL], words) == []
    assert not Invitation.objects.exists(), "what we invited them to went with their People Bank entry"
    assert SESSION_KEY not in client.session
    assert other_device.get(reverse("people:account")).status_code == 302, "logged out on every device"


def test_keeping_posts_leaves_the_words_under_former_member(client, everything):
    member = everything.member
    client.force_login(member)
    password_given(client)

    client.post(reverse("people:delete_account"), {"posts": "keep"})

    thread_page = client.get(everything.forum.thread_url(everything.own_thread)).content.decode()
    assert OWN_THREAD_WORDS in thread_page
    assert "Former member" in thread_page and NAME not in thread_page
    assert Post.objects.filter(comment=REPLY_WORDS, user=None).exists()
    assert Thread.objects.filter(pk=everything.lonely_thread.pk).exists()
    assert ErasureRecord.objects.get().posts == ErasureRecord.Posts.KEPT


def test_removing_posts_deletes_the_words_and_keeps_the_replies_of_others(client, everything):
    member = everything.member
    client.force_login(member)
    password_given(client)

    client.post(reverse("people:delete_account"), {"posts": "remove"})

    assert not Thread.objects.filter(pk=everything.lonely_thread.pk).exists(), "nobody else wrote in it"
    own = Thread.objects.get(pk=everything.own_thread.pk)
    assert own.title == str(TITLE_OF_A_FORMER_MEMBER)
    page = client.get(everything.forum.thread_url(own)).content.decode()
    assert "Deleted post" in page and "The last bus is at 10pm." in page
    assert OWN_THREAD_WORDS not in page
    others = client.get(everything.forum.thread_url(everything.others_thread)).content.decode()
    assert "Ring the taxi line." in others and REPLY_WORDS not in others
    assert client.get("/search/?q=Xylocarp").content.decode().count(OWN_THREAD_WORDS) == 0
    assert ErasureRecord.objects.get().posts == ErasureRecord.Posts.REMOVED


def test_answers_stay_for_the_consultation_without_the_person(client, everything):
    client.force_login(everything.member)
    password_given(client)

    client.post(reverse("people:delete_account"), {"posts": "keep"})

    response = ConsultationResponse.objects.get(pk=everything.response.pk)
    assert response.respondent is None
    assert response.form_data == {"what_would_make_it_safer": ANSWER_WORDS}
    assert ConsultationResponse.objects.filter(page=everything.decided, respondent=None).count() == 1
    assert not ConsultationSubscription.objects.exists()


def test_nothing_of_other_people_goes(client, everything):
    other = everything.other
    before = {
        "posts": Post.objects.filter(user=other).count(),
        "follows": Follow.objects.filter(member=other).count(),
        "addresses": EmailAddress.objects.filter(user=other).count(),
    }
    client.force_login(everything.member)
    password_given(client)

    client.post(reverse("people:delete_account"), {"posts": "remove"})

    assert User.objects.filter(pk=other.pk).exists()
    assert before == {
        "posts": Post.objects.filter(user=other).count(),
        "follows": Follow.objects.filter(member=other).count(),
        "addresses": EmailAddress.objects.filter(user=other).count(),
    }
    # An address Quill asked for but never confirmed may be someone else's: only the account
    # e-mail Quill asked to be sent there goes.
    assert list(Notification.objects.filter(to=UNCONFIRMED_EMAIL).values_list("key", flat=True)) == [
        "outcome:99:quill.new@example.com"
    ]


def test_the_record_of_the_erasure_says_when_and_what_was_chosen_but_not_whose(client, everything, caplog):
    client.force_login(everything.member)
    password_given(client)

    with caplog.at_level(logging.INFO, logger="people.personal_data"):
        client.post(reverse("people:delete_account"), {"posts": "remove"})

    record = ErasureRecord.objects.get()
    assert record.reason == ErasureRecord.Reason.REQUEST
    assert [message for message in caplog.messages if "erased" in message] == [
        "Account erased: reason=request posts=removed"
    ]


def test_nothing_is_deleted_before_the_password_is_given_again(client, everything):
    client.force_login(everything.member)

    response = client.post(reverse("people:delete_account"), {"posts": "keep"})

    assert response.status_code == 302 and response["Location"].startswith(reverse("account_reauthenticate"))
    assert User.objects.filter(pk=everything.member.pk).exists()
    assert not ErasureRecord.objects.exists()


def test_the_delete_request_goes_ahead_once_the_password_is_given(client, everything):
    """Sent when the password is stale: allauth asks for it, then carries on with the request."""
    client.force_login(everything.member)
    asked = client.post(reverse("people:delete_account"), {"posts": "keep"}, follow=True)

    done = client.post(asked.redirect_chain[-1][0], {"password": PASSWORD}, follow=True)

    assert done.redirect_chain[-1][0] == reverse("people:account_deleted")
    assert "We have deleted your account" in done.content.decode()
    assert not User.objects.filter(pk=everything.member.pk).exists()


def test_the_page_says_what_happens_to_each_kind_of_record_and_asks_about_posts(client, everything):
    client.force_login(everything.member)

    html = password_given(client).content.decode()

    assert "You cannot undo this" in html
    # One question for everything they made public: their posts and their published stories.
    assert "What should we do with your forum posts and your published stories?" in html
    assert "We keep your answers, because they are part of what people told us." in html
    refused = client.post(reverse("people:delete_account"), {})
    assert "Choose what we should do with your forum posts and your published stories" in refused.content.decode()
    assert User.objects.filter(pk=everything.member.pk).exists()


def test_a_member_without_posts_is_not_asked_about_them(client, home_page):
    from demo.factories.people import MemberFactory

    member = MemberFactory(display_name="Sam")
    client.force_login(member)

    html = password_given(client).content.decode()
    assert "What should we do with" not in html
    assert client.post(reverse("people:delete_account"), {})["Location"] == reverse("people:account_deleted")
    assert not User.objects.filter(pk=member.pk).exists()


def test_staff_are_sent_to_an_administrator(client, everything):
    moderator = User.objects.get(email="mo@example.org")
    client.force_login(moderator)

    response = password_given(client)

    assert response.status_code == 403
    assert "Ask one of the website's administrators to close your account." in response.content.decode()
    assert client.post(reverse("people:delete_account"), {"posts": "keep"}).status_code == 403
    assert User.objects.filter(pk=moderator.pk).exists()


def test_the_deleted_page_is_the_same_for_everyone(client):
    html = client.get(reverse("people:account_deleted")).content.decode()

    assert "We have deleted your account" in html
    assert "csrfmiddlewaretoken" not in html
