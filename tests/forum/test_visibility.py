"""What the public may see of the forum, decided once: which posts anyone may read, and
whether there is a forum page to show at all. Every page, e-mail and search agrees."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from demo.factories.consultations import ConsultationPageFactory
from demo.factories.forum import start_thread
from demo.factories.people import MemberFactory
from forum import moderation, posting
from forum.models import ForumPage, Post, ReportReason, Status

pytestmark = pytest.mark.django_db


@pytest.fixture
def hidden_thread(forum_page, category, member, other_member):
    """A thread whose opening post was reported until it was held, with a published reply
    that nobody but the author and moderators can now see."""
    opening = start_thread(member, category=category, title="Parking at the birth centre")
    reply = posting.reply(author=other_member, parent=opening, text="It costs too much.")
    for number in range(3):
        posting.report(opening, reporter=MemberFactory(display_name=f"Reporter {number}"), reason=ReportReason.UNKIND)
    opening.refresh_from_db()
    assert opening.status == Status.HELD
    return opening.forum_thread, reply


def test_one_post_and_the_list_of_posts_agree_on_what_anyone_may_read(
    forum_page, category, member, newcomer, other_member, hidden_thread
):
    opening = start_thread(member, category=category, title="Buses on Sundays")
    published = posting.reply(author=other_member, parent=opening, text="The 42 runs hourly.")
    held = posting.reply(author=newcomer, parent=opening, text="My first post.")
    deleted = posting.reply(author=other_member, parent=opening, text="Oops.")
    posting.delete(deleted)
    removed = posting.reply(author=other_member, parent=opening, text="Something unkind.")
    moderation.remove(removed, None, "Be kind")
    _thread, reply_in_hidden_thread = hidden_thread

    posts = Post.objects.filter(pk__in=[opening.pk, published.pk, held.pk, deleted.pk, removed.pk])
    posts = [*posts, Post.objects.get(pk=reply_in_hidden_thread.pk)]

    assert {post.pk for post in posts if post.is_visible} == {opening.pk, published.pk}
    assert set(Post.objects.visible().filter(pk__in=[post.pk for post in posts]).values_list("pk", flat=True)) == {
        opening.pk,
        published.pk,
    }


def test_nobody_replies_in_a_thread_that_is_waiting_for_a_moderator(client, hidden_thread, member):
    """Its author still sees it, but a reply there would be read by nobody."""
    thread, reply = hidden_thread
    client.force_login(member)

    html = client.get(thread.get_absolute_url()).content.decode()
    assert "It costs too much." in html
    assert f"/forum/posts/{reply.pk}/reply/" not in html
    assert client.get(f"/forum/posts/{reply.pk}/reply/").status_code == 404


# --- The forum page --------------------------------------------------------------------------


def conversations_about(client, home_page, member, category):
    consultation = ConsultationPageFactory(parent=home_page, title="Birth centre move")
    start_thread(member, category=category, title="Parking at the new birth centre", about=consultation)
    return client.get(consultation.url).content.decode()


def latest_conversations(client, member, category):
    start_thread(member, category=category, title="Getting to A&E at night")
    return client.get("/").content.decode()


def test_a_forum_behind_a_password_is_not_offered_anywhere(client, home_page, forum_page, member, category):
    PageViewRestriction.objects.create(page=forum_page, restriction_type="password", password="not-yet")

    assert ForumPage.current() is None
    assert "Conversations about this" not in conversations_about(client, home_page, member, category)
    assert "Latest conversations" not in latest_conversations(client, member, category)


def test_an_expired_forum_is_not_offered_anywhere_before_wagtail_unpublishes_it(
    client, home_page, forum_page, member, category
):
    ForumPage.objects.filter(pk=forum_page.pk).update(expire_at=timezone.now() - datetime.timedelta(minutes=1))

    assert ForumPage.current() is None
    assert "Latest conversations" not in latest_conversations(client, member, category)
    assert "Conversations about this" not in conversations_about(client, home_page, member, category)


def test_a_forum_the_public_can_see_is_offered_everywhere(client, home_page, forum_page, member, category):
    ForumPage.objects.filter(pk=forum_page.pk).update(expire_at=timezone.now() + datetime.timedelta(days=1))

    assert ForumPage.current() == forum_page
    assert "Conversations about this" in conversations_about(client, home_page, member, category)
    assert "Latest conversations" in latest_conversations(client, member, category)
