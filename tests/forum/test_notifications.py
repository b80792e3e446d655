"""E-mails about replies, to followers only, sent once, never for held posts until they are
approved, with an unsubscribe link that works without logging in; and the moderators'
batched queue e-mail."""

import email
import re

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from demo.factories.forum import start_thread
from demo.factories.people import MemberFactory
from forum import moderation, posting
from forum.models import Follow


@pytest.fixture
def thread_opening(forum_page, category, member):
    return start_thread(member, category=category, title="Night transport")


def _post_reply(capture, **kwargs):
    with capture(execute=True):
        return posting.reply(**kwargs)


def test_a_public_reply_emails_followers_once_but_not_the_replier(
    thread_opening, other_member, member, mailoutbox, django_capture_on_commit_callbacks
):
    Follow.objects.create(thread=thread_opening.forum_thread, member=other_member)

    reply = _post_reply(django_capture_on_commit_callbacks, author=other_member, parent=thread_opening, text="Taxi!")

    assert [message.to for message in mailoutbox] == [[member.email]]
    assert "Chen replied" in mailoutbox[0].body
    assert f"/forum/posts/{reply.pk}/" in mailoutbox[0].body

    with django_capture_on_commit_callbacks(execute=True):
        moderation.after_status_change(reply)  # anything that re-announces the same reply
    assert len(mailoutbox) == 1


def test_a_held_reply_emails_nobody_until_approved(
    thread_opening, newcomer, moderator, member, mailoutbox, django_capture_on_commit_callbacks
):
    held = _post_reply(django_capture_on_commit_callbacks, author=newcomer, parent=thread_opening, text="Hi")
    assert member.email not in [address for message in mailoutbox for address in message.to]

    with django_capture_on_commit_callbacks(execute=True):
        moderation.approve(held, moderator)

    assert [message.to for message in mailoutbox if "replied" in message.body] == [[member.email]]


def _unsubscribe_path(message):
    return re.search(r"https?://[^/\s]+(/forum/unsubscribe/\S+/)", message.body).group(1)


def test_opening_the_unsubscribe_link_only_asks_and_the_button_unsubscribes(
    thread_opening, other_member, member, mailoutbox, django_capture_on_commit_callbacks
):
    _post_reply(django_capture_on_commit_callbacks, author=other_member, parent=thread_opening, text="Hello")
    path = _unsubscribe_path(mailoutbox[0])
    visitor = Client(enforce_csrf_checks=True)  # not logged in, no CSRF cookie, as from an e-mail

    page = visitor.get(path)  # what a mail scanner does to every link
    assert page.status_code == 200
    assert "Stop e-mails about this conversation?" in page.text
    assert re.search(r'<form method="post">\s*<button [^>]*type="submit">Stop these e-mails</button>', page.text)
    assert Follow.objects.filter(member=member, thread=thread_opening.forum_thread).exists()

    response = visitor.post(path)

    assert response.status_code == 200
    assert "You will not get any more e-mails about this conversation" in response.text
    assert not Follow.objects.filter(member=member, thread=thread_opening.forum_thread).exists()


def test_reply_emails_offer_one_click_unsubscribe_at_the_same_signed_address(
    thread_opening, other_member, member, mailoutbox, django_capture_on_commit_callbacks
):
    _post_reply(django_capture_on_commit_callbacks, author=other_member, parent=thread_opening, text="Hello")
    message = mailoutbox[0]
    path = _unsubscribe_path(message)

    assert message.extra_headers["List-Unsubscribe"] == f"<http://localhost{path}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    sent = email.message_from_bytes(message.message().as_bytes())
    assert sent["List-Unsubscribe"].replace("\n", "").replace(" ", "") == f"<http://localhost{path}>"

    # RFC 8058: the mail program POSTs this body, with no cookie and no CSRF token.
    response = Client(enforce_csrf_checks=True).post(
        path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )

    assert response.status_code == 200
    assert not Follow.objects.filter(member=member, thread=thread_opening.forum_thread).exists()


def test_a_tampered_unsubscribe_link_does_nothing(client, thread_opening, member):
    follow = Follow.objects.get(member=member, thread=thread_opening.forum_thread)
    forged = f"/forum/unsubscribe/{follow.thread_id}/{follow.member_id}/forged/"
    assert client.get(forged).status_code == 404
    assert Client(enforce_csrf_checks=True).post(forged).status_code == 404
    assert Follow.objects.filter(member=member).exists()


def test_members_follow_and_unfollow_from_the_thread_page(client, thread_opening, other_member):
    thread = thread_opening.forum_thread
    client.force_login(other_member)

    client.post(f"/forum/threads/{thread.pk}/follow/", {"follow": "yes"})
    assert Follow.objects.filter(thread=thread, member=other_member).exists()
    assert "Stop following" in client.get(thread.get_absolute_url()).content.decode()

    client.post(f"/forum/threads/{thread.pk}/follow/", {"follow": "no"})
    assert not Follow.objects.filter(thread=thread, member=other_member).exists()


def test_moderators_get_one_email_per_half_hour_about_the_queue(
    thread_opening, newcomer, moderator, mailoutbox, django_capture_on_commit_callbacks
):
    for text in ("First", "Second"):
        _post_reply(django_capture_on_commit_callbacks, author=newcomer, parent=thread_opening, text=text)

    to_moderator = [message for message in mailoutbox if message.to == [moderator.email]]
    assert len(to_moderator) == 1
    assert "/admin/forum/" in to_moderator[0].body
    assert "Forum posts: 1" in to_moderator[0].body


def test_the_author_is_told_which_rule_their_removed_post_broke(
    thread_opening, other_member, moderator, mailoutbox, django_capture_on_commit_callbacks
):
    reply = _post_reply(django_capture_on_commit_callbacks, author=other_member, parent=thread_opening, text="Rude")
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        moderation.remove(reply, moderator, "Be kind")

    assert [message.to for message in mailoutbox] == [[other_member.email]]
    assert "Be kind" in mailoutbox[0].body


def test_a_safeguarding_hold_emails_every_moderator_at_once_whatever_the_half_hourly_limit(
    thread_opening, newcomer, moderator, mailoutbox, django_capture_on_commit_callbacks
):
    second_moderator = MemberFactory(display_name="Mina the moderator")
    second_moderator.groups.add(Group.objects.get(name="Moderators"))
    _post_reply(django_capture_on_commit_callbacks, author=newcomer, parent=thread_opening, text="Routine")
    assert len([message for message in mailoutbox if message.to == [moderator.email]]) == 1  # the half hour's one

    held = _post_reply(
        django_capture_on_commit_callbacks, author=newcomer, parent=thread_opening, text="I want to end my life"
    )

    urgent = [message for message in mailoutbox if message.subject.startswith("Urgent")]
    assert sorted(message.to[0] for message in urgent) == sorted([moderator.email, second_moderator.email])
    assert "/admin/forum/queue/" in urgent[0].body
    assert "I want to end my life" not in urgent[0].body  # the words stay behind the admin log-in
    with django_capture_on_commit_callbacks(execute=True):
        posting.edit(held, "I want to end my life, tonight")
    assert len([message for message in mailoutbox if message.subject.startswith("Urgent")]) == 2
