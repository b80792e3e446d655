"""The forum's demo content: lived-in conversations from the demo world, some work waiting for
the demo moderator, and a builder that adds nothing when it runs again."""

import datetime
import math

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from hypothesis import given, settings
from hypothesis import strategies as st

from core.templatetags.date_tags import uk_date
from demo.content.forum import CATEGORIES, CONVERSATIONS, FORUM_PAGE, MEMBERS, _moment, build_forum
from demo.management.commands.load_demo_content import DEMO_PASSWORD
from forum import moderation
from forum.models import Category, Follow, ForumPage, HoldReason, Post, Report, Status, Thread
from notifications.models import Notification
from plain_language.checker import DEFAULT_JARGON, TARGET_READING_AGE, check

pytestmark = pytest.mark.django_db
User = get_user_model()

DEMO_LOGIN_SETTINGS = ("DEMO_ADMIN_EMAIL", "DEMO_ADMIN_PASSWORD", "DEMO_STAFF_PASSWORD")


@pytest.fixture(scope="class")
def demo(django_db_setup, django_db_blocker):
    """The whole demo, loaded once for the class and rolled back afterwards. What loading it
    would have sent once committed is run and counted, then cleared."""
    with pytest.MonkeyPatch.context() as environment, django_db_blocker.unblock(), transaction.atomic():
        for name in DEMO_LOGIN_SETTINGS:
            environment.delenv(name, raising=False)
        with TestCase.captureOnCommitCallbacks(execute=True):
            call_command("load_demo_content", not_production=True)
        yield {"emails": len(mail.outbox), "notifications": Notification.objects.count()}
        transaction.set_rollback(True)


def forum_state():
    threads = list(
        Thread.objects.order_by("pk").values_list("title", "is_public", "reply_count", "created_at", "last_activity_at")
    )
    posts = list(Post.objects.order_by("pk").values_list("pk", "status", "level", "submit_date", "user__email"))
    reports = list(Report.objects.order_by("pk").values_list("post", "reporter", "resolved_at"))
    categories = list(Category.objects.values_list("slug", "name", "description"))
    return threads, posts, reports, categories, Follow.objects.count()


def walk(say):
    yield say
    for reply in say.replies:
        yield from walk(reply)


@pytest.mark.usefixtures("demo")
class TestTheForumDemo:
    def test_loading_it_sends_nobody_an_email(self, demo):
        assert demo == {"emails": 0, "notifications": 0}

    def test_members_follow_the_conversations_they_took_part_in(self):
        for thread in Thread.objects.all():
            writers = set(thread.posts.values_list("user", flat=True))
            assert set(Follow.objects.filter(thread=thread).values_list("member", flat=True)) == writers

    def test_loading_again_adds_nothing(self):
        before = forum_state()

        lines = build_forum()

        assert forum_state() == before
        assert "Forum (/forum/): unchanged" in lines
        assert any("(0 new this time)" in line for line in lines)

    def test_the_forum_page_has_its_house_rules_and_sits_in_the_menu(self):
        forum = ForumPage.objects.live().get()
        assert (forum.url, forum.title) == ("/forum/", "Forum")
        assert [rule.title for rule in forum.house_rules.all()] == [rule["title"] for rule in FORUM_PAGE["house_rules"]]
        menu = list(forum.get_parent().get_children().live().in_menu().values_list("slug", flat=True))
        assert menu.index("events") + 1 == menu.index("forum")

    def test_conversations_in_four_categories_with_replies_at_every_depth(self):
        assert [category.name for category in Category.objects.all()] == [name for _slug, name, _about in CATEGORIES]
        threads = Thread.objects.all()
        assert threads.count() == len(CONVERSATIONS) == 12
        assert threads.filter(is_public=True).count() == 11
        assert set(threads.values_list("category__slug", flat=True)) == {slug for slug, _name, _about in CATEGORIES}

        replies = Post.objects.replies()
        assert 95 <= replies.count() <= 110
        assert set(replies.values_list("level", flat=True)) == {1, 2, 3}
        authors = set(Post.objects.values_list("user__email", flat=True))
        assert authors >= {email for _key, email, _name in MEMBERS}
        for thread in threads.filter(is_public=True):
            assert thread.reply_count == thread.posts.replies().filter(status=Status.PUBLISHED).count() > 0

    def test_conversations_look_lived_in(self):
        now = timezone.now()
        dates = list(Post.objects.values_list("submit_date", flat=True))
        assert all(date <= now for date in dates)
        assert all(datetime.time(7) <= timezone.localtime(date).time() <= datetime.time(23, 30) for date in dates)
        assert now - min(dates) > datetime.timedelta(weeks=5)
        active_days = {timezone.localdate(date) for date in Thread.objects.values_list("last_activity_at", flat=True)}
        assert len(active_days) >= 10
        written = dict(Post.objects.values_list("pk", "submit_date"))
        for post in Post.objects.replies():
            assert written[post.parent_id] <= post.submit_date, post.forum_thread.title

    def test_every_public_conversation_opens_and_the_held_one_does_not(self, client):
        for thread in Thread.objects.all():
            response = client.get(thread.get_absolute_url())
            assert response.status_code == (200 if thread.is_public else 404), thread.title
            if thread.is_public:
                assert escape(thread.title) in response.text

    def test_some_conversations_are_about_consultations_and_service_changes(self):
        about = dict(Thread.objects.exclude(about=None).values_list("title", "about__url_path"))
        assert about["Moving the birth centre: what do you think?"].endswith("/consultations/birth-centre-move/")
        assert about["Getting to A&E at night now the minor injuries unit closes"].endswith(
            "/service-changes/minor-injuries-unit-closing-at-night/"
        )

    def test_the_ICB_answers_about_the_crisis_cafe(self):
        cafe = Thread.objects.get(title="Is the Harrowmere crisis café open on Sundays now?")
        answer = cafe.posts.filter(is_official=True, status=Status.PUBLISHED).order_by("submit_date").first()
        assert "until 2am" in answer.comment
        assert answer.user.groups.filter(name="Editors").exists()
        assert not Post.objects.filter(is_official=True).exclude(user__email="editor@example.org").exists()

    def test_the_moderator_has_held_and_reported_posts_waiting(self):
        waiting = list(moderation.queue())

        held = {tuple(post.hold_reasons): post for post in waiting if post.status == Status.HELD}
        assert set(held) == {(HoldReason.PHONE_NUMBER,), (HoldReason.SAFEGUARDING,), (HoldReason.NEW_MEMBER,)}
        assert held[(HoldReason.NEW_MEMBER,)].is_opening_post
        assert not held[(HoldReason.NEW_MEMBER,)].forum_thread.is_public
        reported = [post for post in waiting if post.status == Status.PUBLISHED]
        assert len(reported) == 1
        assert reported[0].reports.pending().count() == 2
        assert reported[0].user not in {report.reporter for report in reported[0].reports.all()}

    def test_members_first_posts_were_approved_by_the_demo_moderator(self):
        moderator = Group.objects.get(name="Moderators").user_set.get(email="moderator@example.org")
        published = Post.objects.filter(status=Status.PUBLISHED)
        assert published.exclude(hold_reasons=[]).exclude(hold_reasons=[HoldReason.NEW_MEMBER]).count() == 0
        approved = published.exclude(hold_reasons=[])
        assert approved.count() == 2 * 7
        assert set(approved.values_list("moderated_by", flat=True)) == {moderator.pk}

    def test_demo_members_log_in_with_the_demo_password(self, client):
        for _key, email, name in MEMBERS:
            assert client.login(email=email, password=DEMO_PASSWORD), email
            client.logout()
            assert "@" not in name

    def test_the_home_page_shows_the_latest_public_conversations(self, client):
        latest = client.get("/").text.split('id="forum-activity"')[1].split("</section>")[0]

        for thread in Thread.objects.public().order_by("-last_activity_at")[:3]:
            assert escape(thread.title) in latest
        held = Thread.objects.get(is_public=False)
        assert held.last_activity_at == Thread.objects.order_by("-last_activity_at").first().last_activity_at
        assert escape(held.title) not in latest

    def test_the_writing_reads_at_age_nine_to_eleven(self):
        jargon = DEFAULT_JARGON.items()
        rules = [FORUM_PAGE["intro"]] + [
            f"{rule['title']}. {rule['explanation']}" for rule in FORUM_PAGE["house_rules"]
        ]
        texts = {"house rules": "\n".join(rules + [about for _slug, _name, about in CATEGORIES])}
        for conversation in CONVERSATIONS:
            texts[conversation.title] = "\n".join(
                [conversation.title, *(say.text for say in walk(conversation.opening))]
            )

        reports = {title: check(text, jargon) for title, text in texts.items()}

        assert {title: report.summary() for title, report in reports.items() if report.has_warnings} == {}
        assert all(report.reading_age <= TARGET_READING_AGE for report in reports.values())

    def test_members_joined_before_they_first_posted(self, client):
        """A moderator opening a demo member's page sees a join date before their posts."""
        moderator = Group.objects.get(name="Moderators").user_set.get(email="moderator@example.org")
        client.force_login(moderator)
        for author in {post.user for post in Post.objects.select_related("user")}:
            first = Post.objects.filter(user=author).order_by("submit_date").first().submit_date
            assert author.date_joined < first, author.email
            page = client.get(reverse("forum_member", args=[author.pk])).text
            assert f"Joined on {uk_date(author.date_joined)}" in page
        newcomer = User.objects.get(email=MEMBERS[-1][1])
        assert timezone.now() - newcomer.date_joined < datetime.timedelta(days=1)


@settings(max_examples=300, deadline=None)
@given(
    now=st.datetimes(
        min_value=datetime.datetime(2020, 1, 1),
        max_value=datetime.datetime(2040, 1, 1),
        timezones=st.just(datetime.UTC),
    )
)
def test_demo_dates_fall_on_their_own_days_in_waking_hours_at_any_time_of_loading(now):
    """Whatever the date and hour the demo is loaded, posts are in the past, between 7am
    and 11:30pm, in order, and conversations that end on different days look it."""
    ages = sorted({age for conversation in CONVERSATIONS for age in (conversation.started, conversation.ended)})
    moments = [_moment(age, now) for age in ages]
    assert all(moment <= now for moment in moments)
    assert all(datetime.time(7) <= timezone.localtime(m).time() <= datetime.time(23, 30) for m in moments)
    assert moments == sorted(moments, reverse=True)
    days = {timezone.localdate(_moment(conversation.ended, now)) for conversation in CONVERSATIONS}
    assert len(days) == len({math.floor(conversation.ended) for conversation in CONVERSATIONS}) >= 10
