"""Members reporting posts: once each, and three pending reports hide a post."""

import pytest

from demo.factories.forum import established_member, start_thread
from forum import posting
from forum.models import HoldReason, ReportReason, Status


@pytest.fixture
def reply(forum_page, category, member, other_member):
    opening = start_thread(member, category=category, title="Reports")
    return posting.reply(author=other_member, parent=opening, text="A post some find unkind.")


def test_a_member_reports_a_post_once(client, reply, member):
    client.force_login(member)

    form = client.get(f"/forum/posts/{reply.pk}/report/").content.decode()
    assert "What is wrong with this post?" in form
    response = client.post(f"/forum/posts/{reply.pk}/report/", {"reason": ReportReason.UNKIND})
    assert "Thank you for your report" in response.content.decode()

    again = client.post(f"/forum/posts/{reply.pk}/report/", {"reason": ReportReason.SPAM})
    assert "You have already reported this post" in again.content.decode()
    assert reply.reports.count() == 1


def test_a_report_needs_a_reason(client, reply, member):
    client.force_login(member)
    response = client.post(f"/forum/posts/{reply.pk}/report/", {"reason": ""})
    assert "Please choose what is wrong with the post" in response.content.decode()
    assert not reply.reports.exists()


def test_nobody_reports_their_own_post(client, reply, other_member):
    client.force_login(other_member)
    assert client.get(f"/forum/posts/{reply.pk}/report/").status_code == 404


def test_three_pending_reports_hide_the_post_until_a_moderator_decides(client, reply):
    reporters = [established_member(display_name=f"Reporter {n}") for n in range(3)]
    thread_url = reply.forum_thread.get_absolute_url()

    for reporter in reporters[:2]:
        assert posting.report(reply, reporter=reporter, reason=ReportReason.UNKIND)
    reply.refresh_from_db()
    assert reply.status == Status.PUBLISHED
    assert "A post some find unkind." in client.get(thread_url).content.decode()

    posting.report(reply, reporter=reporters[2], reason=ReportReason.UNKIND)

    reply.refresh_from_db()
    assert reply.status == Status.HELD
    assert reply.hold_reasons == [HoldReason.REPORTED]
    assert "A post some find unkind." not in client.get(thread_url).content.decode()
