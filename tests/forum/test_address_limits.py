"""One client address cannot flood the forum, whichever accounts it uses: past the limit per
address, the 429 page gives back what was written and nothing is stored; another address is
not held up. (Each member's own wait between posts is in test_rate_limits.py.)"""

import pytest
from django.urls import reverse

from demo.factories.forum import established_member, start_thread
from forum import posting
from forum.models import Follow, Post, Report, Thread
from forum.notifying import unsubscribe_kwargs

from ..limits import ELSEWHERE, WORDS, WORDS_ESCAPED, refused_keeping


@pytest.fixture
def opening(forum_page, category, other_member):
    return start_thread(other_member, category=category, title="Getting to hospital at night")


def test_new_conversations(client, forum_page, category, member, post_limit):
    post_limit("forum-writing", "1/h")
    thread = {"category": category.pk, "about": ""}
    client.force_login(member)
    assert (
        client.post("/forum/new/", {**thread, "title": "Parking at the hospital", "text": "Where?"}).status_code == 302
    )

    client.force_login(established_member(display_name="Second account"))
    refused = client.post("/forum/new/", {**thread, "title": "Night buses please", "text": WORDS})
    page = refused_keeping(refused, "Night buses please", WORDS, category.name)
    assert WORDS_ESCAPED in page and "<b>never" not in page
    assert not Thread.objects.filter(title="Night buses please").exists()

    elsewhere = client.post(
        "/forum/new/", {**thread, "title": "Night buses please", "text": WORDS}, REMOTE_ADDR=ELSEWHERE
    )
    assert elsewhere.status_code == 302


def test_replies_and_a_worrying_one_shows_where_to_get_help(client, opening, member, post_limit):
    post_limit("forum-writing", "1/h")
    reply = f"/forum/posts/{opening.pk}/reply/"
    client.force_login(member)
    assert client.post(reply, {"text": "First reply"}).status_code == 302

    client.force_login(established_member(display_name="Second account"))
    page = refused_keeping(client.post(reply, {"text": "Some nights I want to end my life"}), "end my life")
    assert 'href="tel:116123"' in page, "where to get help now, as for a held post"
    assert not Post.objects.filter(comment__contains="end my life").exists()

    assert client.post(reply, {"text": "Some nights I want to end my life"}, REMOTE_ADDR=ELSEWHERE).status_code == 302


def test_edits(client, forum_page, category, member, post_limit):
    post_limit("forum-writing", "1/h")
    post = start_thread(member, category=category, title="Edits", text="Typo in here")
    client.force_login(member)
    client.post("/forum/new/", {"category": category.pk, "about": "", "title": "Uses up the limit", "text": "Hi"})

    refused_keeping(client.post(f"/forum/posts/{post.pk}/edit/", {"text": WORDS}), WORDS)
    post.refresh_from_db()
    assert post.comment == "Typo in here"

    assert client.post(f"/forum/posts/{post.pk}/edit/", {"text": WORDS}, REMOTE_ADDR=ELSEWHERE).status_code == 302
    post.refresh_from_db()
    assert post.comment == WORDS


def test_reports(client, opening, member, post_limit):
    post_limit("forum-report", "1/h")
    reply = posting.reply(author=member, parent=opening, text="A reply to report")
    first, second = established_member(display_name="First"), established_member(display_name="Second")
    report = f"/forum/posts/{reply.pk}/report/"
    client.force_login(first)
    assert client.post(report, {"reason": "spam"}).status_code == 200

    client.force_login(second)
    refused_keeping(client.post(report, {"reason": "unkind", "details": WORDS}), WORDS, "It is rude, unkind or abusive")
    assert Report.objects.count() == 1

    assert client.post(report, {"reason": "unkind", "details": WORDS}, REMOTE_ADDR=ELSEWHERE).status_code == 200
    assert Report.objects.count() == 2


def test_following(client, opening, member, forum_page, post_limit):
    post_limit("forum-follow", "1/h")
    follow = forum_page.url + forum_page.reverse_subpage("follow", args=[opening.forum_thread.pk])
    client.force_login(member)
    assert client.post(follow, {"follow": "no"}).status_code == 302

    assert client.post(follow, {"follow": "yes"}).status_code == 429
    following = Follow.objects.filter(member=member, thread=opening.forum_thread)
    assert not following.exists()

    assert client.post(follow, {"follow": "yes"}, REMOTE_ADDR=ELSEWHERE).status_code == 302
    assert following.exists()


def test_deleting(client, forum_page, category, member, post_limit):
    post_limit("forum-delete", "1/h")
    first, second = (start_thread(member, category=category, title=f"Mine {n}") for n in (1, 2))
    client.force_login(member)
    assert client.post(f"/forum/posts/{first.pk}/delete/").status_code == 200

    assert client.post(f"/forum/posts/{second.pk}/delete/").status_code == 429
    assert Post.objects.get(pk=second.pk).deleted_at is None

    assert client.post(f"/forum/posts/{second.pk}/delete/", REMOTE_ADDR=ELSEWHERE).status_code == 200


def test_unsubscribing_from_an_e_mail(client, opening, member, other_member, post_limit):
    post_limit("forum-unsubscribe", "1/h")
    follows = [
        Follow.objects.get_or_create(thread=opening.forum_thread, member=who)[0] for who in (member, other_member)
    ]
    first, second = (reverse("forum_unsubscribe", kwargs=unsubscribe_kwargs(follow)) for follow in follows)
    assert client.post(first).status_code == 200

    assert client.post(second).status_code == 429
    assert Follow.objects.filter(pk=follows[1].pk).exists()

    assert client.post(second, REMOTE_ADDR=ELSEWHERE).status_code == 200
    assert not Follow.objects.filter(pk=follows[1].pk).exists()
