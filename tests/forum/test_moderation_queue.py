"""The moderation queue and member pages in the Wagtail admin, used as a moderator would:
through the admin pages, logged in, with every action a POST from the page's own forms."""

import datetime
import json
import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from demo.factories.forum import start_thread
from demo.factories.people import MemberFactory
from forum import moderation, posting
from forum.models import HouseRule, Report, ReportReason, Sanction, Status

QUEUE = reverse("forum_queue")


@pytest.fixture
def editor(db):
    """Staff who may use the admin but not moderate the forum."""
    user = MemberFactory(display_name="Eddie the editor")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def as_moderator(client, moderator):
    client.force_login(moderator)
    return client


def report(post, *reporters, reason=ReportReason.UNKIND, details=""):
    for reporter in reporters:
        assert posting.report(post, reporter=reporter, reason=reason, details=details)


def rule(forum_page, title):
    return HouseRule.objects.get(page=forum_page, title=title)


def messages_in(response):
    """The admin messages shown on the page, as one text (earlier redirects' messages too)."""
    return " | ".join(str(message).strip() for message in response.context["messages"])


def log_entries(action):
    """Moderators' entries; the fixtures' established members were approved by nobody."""
    return list(ModelLogEntry.objects.filter(action=action, user__isnull=False))


def test_the_queue_lists_held_and_reported_posts_longest_waiting_first(
    as_moderator, forum_page, category, newcomer, member, other_member
):
    reported = start_thread(member, category=category, title="Night buses", text="The night bus is always late.")
    held = start_thread(newcomer, category=category, title="Taxis", text="Who pays for the taxi?")
    start_thread(member, category=category, title="Crisis café", text="The café is open till 10pm.")
    report(reported, other_member, details="This is not true.")
    # The report came in after the held post joined the queue, so the held post comes first.
    held.held_at = timezone.now() - datetime.timedelta(hours=2)
    held.save(update_fields=["held_at"])

    response = as_moderator.get(QUEUE)

    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("Who pays for the taxi?") < html.index("The night bus is always late.")
    assert "The café is open till 10pm." not in html
    assert "A new member&#x27;s first posts" in html
    assert "1 report:" in html
    assert "It is rude, unkind or abusive" in html
    assert "This is not true." in html
    assert "Starts the conversation “Taxis” in Getting to hospital" in html
    assert "Suspend or ban Asha" in html
    assert f'href="/forum/posts/{held.pk}/"' in html
    assert newcomer.email not in html
    assert member.email not in html


def test_the_queue_is_paginated(as_moderator, forum_page, category):
    for number in range(21):
        start_thread(MemberFactory(), category=category, title=f"Thread {number}", text=f"Post number {number}.")

    first = as_moderator.get(QUEUE).content.decode()
    second = as_moderator.get(QUEUE, {"p": 2}).content.decode()

    assert "Post number 0." in first
    assert "Post number 20." not in first
    assert "Post number 20." in second
    assert "Page 1 of 2" in first


def test_approving_publishes_the_post_and_its_thread_and_logs_who_did_it(
    as_moderator, forum_page, category, newcomer, moderator
):
    held = start_thread(newcomer, category=category, title="Taxis", text="Who pays for the taxi?")

    response = as_moderator.post(reverse("forum_queue_approve", args=[held.pk]), {"next": QUEUE + "?p=1"}, follow=True)

    assert response.redirect_chain[-1][0] == QUEUE + "?p=1"
    assert "Published the post by Asha." in messages_in(response)
    held.refresh_from_db()
    held.forum_thread.refresh_from_db()
    assert held.status == Status.PUBLISHED
    assert held.moderated_by == moderator
    assert held.forum_thread.is_public
    [entry] = log_entries("forum.approve")
    assert entry.user == moderator
    assert entry.object_id == str(held.pk)
    assert "Who pays for the taxi?" not in response.content.decode()


def test_removing_stores_the_house_rule_and_logs_it(
    as_moderator, forum_page, category, member, other_member, moderator
):
    post = start_thread(member, category=category, title="Crisis café", text="The staff there are lazy.")
    report(post, other_member)

    response = as_moderator.post(
        reverse("forum_queue_remove", args=[post.pk]),
        {"rule": rule(forum_page, "Be kind").pk, "next": QUEUE},
        follow=True,
    )

    assert "Removed the post by Bea for breaking “Be kind”." in messages_in(response)
    post.refresh_from_db()
    assert post.status == Status.REMOVED
    assert post.removal_reason == "Be kind"
    assert post.reports.get().upheld is True
    [entry] = log_entries("forum.remove")
    assert entry.user == moderator
    assert entry.data == {"rule": "Be kind"}


def test_removing_without_a_rule_changes_nothing(as_moderator, forum_page, category, newcomer):
    held = start_thread(newcomer, category=category)

    response = as_moderator.post(reverse("forum_queue_remove", args=[held.pk]), {"rule": ""}, follow=True)

    assert "Choose the house rule the post broke" in messages_in(response)
    held.refresh_from_db()
    assert held.status == Status.HELD
    assert not log_entries("forum.remove")


def test_a_rule_from_another_page_is_refused(as_moderator, forum_page, category, newcomer):
    held = start_thread(newcomer, category=category)

    as_moderator.post(reverse("forum_queue_remove", args=[held.pk]), {"rule": "999999"})

    held.refresh_from_db()
    assert held.status == Status.HELD


def test_dismissing_clears_the_reports_and_the_post_stays_up(
    as_moderator, forum_page, category, member, other_member, moderator
):
    post = start_thread(member, category=category, title="Night buses", text="The night bus is always late.")
    report(post, other_member, reason=ReportReason.WRONG)

    response = as_moderator.post(reverse("forum_queue_dismiss", args=[post.pk]), {"next": QUEUE}, follow=True)

    assert "Dismissed the reports" in messages_in(response)
    post.refresh_from_db()
    assert post.status == Status.PUBLISHED
    assert not Report.objects.pending().exists()
    assert post.reports.get().upheld is False
    assert log_entries("forum.dismiss")[0].user == moderator
    assert "The night bus is always late." not in response.content.decode()


def test_dismissing_puts_a_post_hidden_by_reports_back_up(
    as_moderator, forum_page, category, member, other_member, moderator
):
    post = start_thread(member, category=category, title="Night buses", text="The night bus is always late.")
    report(post, other_member, moderator, MemberFactory())
    post.refresh_from_db()
    assert post.status == Status.HELD

    as_moderator.post(reverse("forum_queue_dismiss", args=[post.pk]))

    post.refresh_from_db()
    post.forum_thread.refresh_from_db()
    assert post.status == Status.PUBLISHED
    assert post.forum_thread.is_public


def test_a_post_someone_else_dealt_with_is_left_alone(as_moderator, forum_page, category, newcomer, moderator):
    held = start_thread(newcomer, category=category)
    as_moderator.post(reverse("forum_queue_approve", args=[held.pk]))

    response = as_moderator.post(
        reverse("forum_queue_remove", args=[held.pk]), {"rule": rule(forum_page, "Be kind").pk}, follow=True
    )

    assert "not waiting any more" in messages_in(response)
    held.refresh_from_db()
    assert held.status == Status.PUBLISHED


def test_bulk_approve_publishes_the_ticked_held_posts_only(
    as_moderator, forum_page, category, newcomer, member, other_member
):
    first = start_thread(newcomer, category=category, title="Taxis", text="Who pays for the taxi?")
    second = posting.reply(author=newcomer, parent=first, text="And who books it?")
    reported = start_thread(member, category=category, title="Night buses", text="The night bus is always late.")
    report(reported, other_member)

    response = as_moderator.post(
        reverse("forum_queue_bulk"),
        {"action": "approve", "posts": [first.pk, second.pk, reported.pk], "next": QUEUE},
        follow=True,
    )

    shown = messages_in(response)
    assert "Published 2 posts." in shown
    assert "1 ticked post was left as it was" in shown
    for post in (first, second):
        post.refresh_from_db()
        assert post.status == Status.PUBLISHED
    first.forum_thread.refresh_from_db()
    assert first.forum_thread.is_public
    assert first.forum_thread.reply_count == 1
    assert len(log_entries("forum.approve")) == 2
    assert Report.objects.pending().count() == 1


def test_bulk_remove_needs_a_rule_and_then_removes_every_ticked_post(
    as_moderator, forum_page, category, newcomer, member, other_member
):
    held = start_thread(newcomer, category=category)
    reported = start_thread(member, category=category, title="Night buses")
    report(reported, other_member)
    posts = {"action": "remove", "posts": [held.pk, reported.pk]}

    refused = as_moderator.post(reverse("forum_queue_bulk"), posts, follow=True)
    assert "Choose the house rule the posts broke." in messages_in(refused)
    assert not log_entries("forum.remove")

    rule_id = rule(forum_page, "Keep personal details private").pk
    done = as_moderator.post(reverse("forum_queue_bulk"), {**posts, "rule": rule_id}, follow=True)

    assert "Removed 2 posts for breaking “Keep personal details private”." in messages_in(done)
    for post in (held, reported):
        post.refresh_from_db()
        assert post.status == Status.REMOVED
        assert post.removal_reason == "Keep personal details private"


def test_bulk_dismiss(as_moderator, forum_page, category, member, other_member):
    reported = start_thread(member, category=category, title="Night buses")
    report(reported, other_member)

    response = as_moderator.post(
        reverse("forum_queue_bulk"), {"action": "dismiss", "posts": [reported.pk]}, follow=True
    )

    assert "Dismissed the reports on 1 post." in messages_in(response)
    assert not Report.objects.pending().exists()


def test_bulk_with_nothing_ticked_says_so(as_moderator, forum_page):
    response = as_moderator.post(reverse("forum_queue_bulk"), {"action": "approve"}, follow=True)

    assert "Tick at least one post first." in messages_in(response)


def test_actions_need_a_csrf_token(client, moderator, forum_page, category, newcomer):
    held = start_thread(newcomer, category=category)
    client.handler.enforce_csrf_checks = True
    client.force_login(moderator)

    response = client.post(reverse("forum_queue_approve", args=[held.pk]))

    assert response.status_code == 403
    held.refresh_from_db()
    assert held.status == Status.HELD


def suspend_url(user):
    return reverse("forum_member_suspend", args=[user.pk])


def test_the_member_page_shows_their_history_without_their_email(
    as_moderator, forum_page, category, member, other_member
):
    post = start_thread(member, category=category, title="Crisis café", text="The staff there are lazy.")
    report(post, other_member)
    as_moderator.post(reverse("forum_queue_remove", args=[post.pk]), {"rule": rule(forum_page, "Be kind").pk})

    response = as_moderator.get(reverse("forum_member", args=[member.pk]))

    html = response.content.decode()
    assert response.status_code == 200
    assert "3 posts written" in html
    assert "1 removed by moderators" in html
    assert "1 report about their posts was upheld" in html
    assert "Broke “Be kind”" in html
    assert "Suspend Bea" in html
    assert member.email not in html


def test_suspending_stops_them_posting_until_the_date_and_is_logged(as_moderator, member, moderator):
    until = timezone.localdate() + datetime.timedelta(days=7)

    response = as_moderator.post(
        suspend_url(member),
        {"suspend-until": until.isoformat(), "suspend-reason": "Rude to other members twice.", "next": QUEUE},
        follow=True,
    )

    assert response.redirect_chain[-1][0] == QUEUE
    assert "Suspended Bea." in messages_in(response)
    message = posting.why_cannot_post(member)
    assert message is not None
    assert "paused your posting" in str(message)
    sanction = Sanction.objects.get(member=member)
    assert timezone.localtime(sanction.until).date() == until
    assert sanction.created_by == moderator
    [entry] = log_entries("forum.suspend")
    assert entry.user == moderator
    assert entry.data["reason"] == "Rude to other members twice."


def test_the_queue_shows_when_an_author_is_banned(as_moderator, forum_page, category, newcomer, moderator):
    start_thread(newcomer, category=category)
    as_moderator.post(reverse("forum_member_ban", args=[newcomer.pk]), {"ban-reason": "Spam."})

    as_moderator.get(QUEUE)  # shows, and so clears, the "Banned Asha" message

    html = as_moderator.get(QUEUE).content.decode()
    assert re.search(r'<span class="w-status w-status--label">\s*Banned\s*</span>', html)


def test_a_suspension_must_end_in_the_future_and_have_a_reason(as_moderator, member):
    today = timezone.localdate().isoformat()

    response = as_moderator.post(suspend_url(member), {"suspend-until": today, "suspend-reason": ""})

    assert response.status_code == 200
    html = response.content.decode()
    assert "Choose a day after today." in html
    assert "Say why you are suspending them." in html
    assert posting.why_cannot_post(member) is None
    assert not Sanction.objects.exists()


def test_banning_stops_them_posting_and_is_logged(as_moderator, member, moderator):
    response = as_moderator.post(
        reverse("forum_member_ban", args=[member.pk]), {"ban-reason": "Spam, again and again."}, follow=True
    )

    assert "Banned Bea from posting in the forum." in messages_in(response)
    assert "banned" in str(posting.why_cannot_post(member))
    [entry] = log_entries("forum.ban")
    assert entry.user == moderator
    assert entry.data == {"reason": "Spam, again and again."}
    html = response.content.decode()
    assert "Lift the ban" in html
    assert "Ban Bea" not in html


def test_a_ban_needs_a_reason(as_moderator, member):
    response = as_moderator.post(reverse("forum_member_ban", args=[member.pk]), {"ban-reason": " "})

    assert "Say why you are banning them." in response.content.decode()
    assert posting.why_cannot_post(member) is None


def test_lifting_a_sanction_lets_them_post_again_and_is_logged(as_moderator, member, moderator):
    as_moderator.post(reverse("forum_member_ban", args=[member.pk]), {"ban-reason": "Spam."})
    sanction = Sanction.objects.get(member=member)

    response = as_moderator.post(reverse("forum_member_lift", args=[member.pk, sanction.pk]), follow=True)

    assert "Lifted the ban on Bea." in messages_in(response)
    assert posting.why_cannot_post(member) is None
    sanction.refresh_from_db()
    assert sanction.lifted_at is not None
    [entry] = log_entries("forum.lift")
    assert entry.user == moderator
    assert entry.object_id == str(sanction.pk)
    assert entry.data["was"] == "ban"


def test_moderators_cannot_suspend_themselves_or_other_staff(as_moderator, moderator, editor):
    for staff in (moderator, editor):
        until = (timezone.localdate() + datetime.timedelta(days=3)).isoformat()
        as_moderator.post(suspend_url(staff), {"suspend-until": until, "suspend-reason": "Testing."})

    assert not Sanction.objects.exists()
    assert "This is a staff account" in as_moderator.get(reverse("forum_member", args=[editor.pk])).content.decode()


def test_decisions_show_in_site_history_for_a_moderator(as_moderator, forum_page, category, newcomer, member):
    held = start_thread(newcomer, category=category)
    other = posting.reply(author=newcomer, parent=held, text="Another one.")
    as_moderator.post(reverse("forum_queue_approve", args=[held.pk]))
    as_moderator.post(reverse("forum_queue_remove", args=[other.pk]), {"rule": rule(forum_page, "Be kind").pk})
    moderation.ban(newcomer, ModelLogEntry.objects.filter(user__isnull=False).first().user, reason="Spam")

    response = as_moderator.get(reverse("wagtailadmin_reports:site_history"))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Approved forum post" in html
    assert "Removed forum post for breaking “Be kind”" in html
    assert "Banned member from the forum" in html
    assert "Ban of Asha" in html
    assert "in “Getting to hospital at night”" in html
    assert "Mo the moderator" in html


def sidebar_props(response):
    """The admin's main menu, which the sidebar reads from JSON in the page."""
    data = re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', response.content.decode(), re.S
    )
    return json.loads(data.group(1))


def sidebar_labels(response):
    """The labels of the admin's main menu, submenus included."""
    return re.findall(r'"label": "([^"]*)"', json.dumps(sidebar_props(response)))


def test_the_menu_item_counts_the_posts_waiting(as_moderator, forum_page, category, newcomer, member, other_member):
    start_thread(newcomer, category=category)
    reported = start_thread(member, category=category, title="Night buses")
    report(reported, other_member)

    assert "Moderation (2)" in sidebar_labels(as_moderator.get(reverse("wagtailadmin_home")))

    as_moderator.post(reverse("forum_queue_dismiss", args=[reported.pk]))
    assert "Moderation (1)" in sidebar_labels(as_moderator.get(reverse("wagtailadmin_home")))


def test_moderators_find_site_history_in_their_reports_menu(as_moderator, forum_page, category, newcomer):
    held = start_thread(newcomer, category=category)
    as_moderator.post(reverse("forum_queue_approve", args=[held.pk]))
    home = as_moderator.get(reverse("wagtailadmin_home"))
    site_history = reverse("wagtailadmin_reports:site_history")

    assert "Reports" in sidebar_labels(home)
    assert "Site history" in sidebar_labels(home)
    assert f'"url": "{site_history}"' in json.dumps(sidebar_props(home))
    response = as_moderator.get(site_history)
    assert response.status_code == 200
    assert "Approved forum post" in response.content.decode()


def test_the_menu_item_has_no_number_when_nothing_waits(as_moderator, forum_page):
    assert "Moderation" in sidebar_labels(as_moderator.get(reverse("wagtailadmin_home")))


def test_staff_without_the_permission_see_no_queue(client, editor, forum_page, category, newcomer):
    held = start_thread(newcomer, category=category)
    client.force_login(editor)

    home = client.get(reverse("wagtailadmin_home"))
    queue = client.get(QUEUE)
    approve = client.post(reverse("forum_queue_approve", args=[held.pk]))
    member_page = client.get(reverse("forum_member", args=[newcomer.pk]))

    assert not [label for label in sidebar_labels(home) if label.startswith("Moderation")]
    for response in (queue, approve, member_page):
        assert response.status_code == 302
        assert response.url == reverse("wagtailadmin_home")
    held.refresh_from_db()
    assert held.status == Status.HELD


def test_members_of_the_public_cannot_reach_the_queue(client, member, forum_page):
    client.force_login(member)

    response = client.get(QUEUE)

    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))


def test_a_superuser_can_use_the_queue(client, forum_page, category, newcomer):
    start_thread(newcomer, category=category, text="Who pays for the taxi?")
    client.force_login(MemberFactory(is_superuser=True, is_staff=True))

    assert "Who pays for the taxi?" in client.get(QUEUE).content.decode()


def test_a_post_held_for_safeguarding_is_at_the_top_and_marked_urgent(as_moderator, forum_page, category, newcomer):
    for number in range(8):  # a new member's posts, all held, waiting for two days
        post = start_thread(newcomer, category=category, title=f"Parking {number}", text=f"Routine question {number}.")
        post.held_at = timezone.now() - datetime.timedelta(days=2, minutes=number)
        post.save(update_fields=["held_at"])
    crisis = start_thread(newcomer, category=category, title="Tonight", text="I want to end my life.")
    assert crisis.status == Status.HELD

    html = as_moderator.get(QUEUE).content.decode()

    urgent, rest = html.split('id="queue-urgent"')[1].split('id="queue-forum"')
    assert "I want to end my life." in urgent and "Routine question" not in urgent
    assert "I want to end my life." not in rest
    assert html.index("I want to end my life.") < html.index("Routine question")
    assert html.index("Routine question 7.") < html.index("Routine question 0.")
