"""Retention: what the privacy notice says we keep for a limited time goes when its time is up,
run by `manage.py apply_retention` or the task worker, which report what they removed.

- An account nobody logged in to for 2 years: a warning e-mail a month before, then deleted,
  its forum posts kept as by "Former member". Logging in keeps it. Staff accounts are left.
- The e-mail address and account link given with survey answers: 2 years after it closes.
- Our copies of e-mails we sent: 2 years after.
"""

import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone

from consultations.models import ConsultationResponse, ConsultationSubscription, SubscriptionPurpose
from consultations.recording import record_response
from demo.factories.consultations import (
    ConsultationIndexPageFactory,
    ConsultationPageFactory,
    ConsultationQuestionFactory,
)
from demo.factories.forum import start_thread
from demo.factories.people import MemberFactory
from forum import moderation
from forum.models import Post
from notifications.models import Notification
from notifications.sending import queue_email
from people import retention
from people.models import ErasureRecord, User
from people.retention import apply_retention
from people.tasks import apply_retention_task

from .holdings import forum_page

pytestmark = pytest.mark.django_db

NOW = timezone.now()
DAY = datetime.timedelta(days=1)
WARNING_SUBJECT = "We will delete your account unless you log in"


def last_seen(days_ago, **fields):
    return MemberFactory(last_login=NOW - days_ago * DAY, **fields)


def warnings_to(user):
    return list(Notification.objects.filter(to=user.email, subject=WARNING_SUBJECT))


def report(now):
    return dict(apply_retention(now))


def test_a_month_before_two_years_unused_the_member_is_warned_once(home_page):
    quiet = last_seen(701, display_name="Quiet", email="quiet@example.org")
    recent = last_seen(690, email="recent@example.org")

    assert report(NOW)["accounts warned that we will delete them"] == 1
    assert report(NOW + DAY)["accounts warned that we will delete them"] == 0

    (warning,) = warnings_to(quiet)
    assert "Hello Quiet," in warning.body
    assert "so we will delete yours on" in warning.body
    assert "http://testserver/accounts/login/" in warning.body
    assert "http://testserver/accounts/delete/" in warning.body
    assert "We will keep your forum posts, with the name “Former member”." in warning.body
    assert warnings_to(recent) == []


def test_the_account_goes_two_years_after_the_last_log_in_and_a_month_after_the_warning(home_page):
    quiet = last_seen(701)
    post = start_thread(quiet, text="Words that stay")
    report(NOW)

    assert report(NOW + 29 * DAY)["accounts deleted after 2 years unused"] == 0
    assert report(NOW + 31 * DAY)["accounts deleted after 2 years unused"] == 1

    assert not User.objects.filter(pk=quiet.pk).exists()
    post.refresh_from_db()
    assert post.user is None and post.comment == "Words that stay", "posts stay, as by a former member"
    record = ErasureRecord.objects.get()
    assert (record.reason, record.posts) == (ErasureRecord.Reason.INACTIVE, ErasureRecord.Posts.KEPT)


def test_a_late_warning_still_gives_the_member_a_month(home_page):
    """The job did not run for a while: the warning goes now, and the account a month later."""
    forgotten = last_seen(800)

    counts = report(NOW)
    assert (counts["accounts warned that we will delete them"], counts["accounts deleted after 2 years unused"]) == (
        1,
        0,
    )
    assert warnings_to(forgotten)
    assert report(NOW + 29 * DAY)["accounts deleted after 2 years unused"] == 0
    assert report(NOW + 31 * DAY)["accounts deleted after 2 years unused"] == 1


def test_logging_in_after_the_warning_keeps_the_account(home_page):
    quiet = last_seen(701)
    report(NOW)
    quiet.last_login = NOW + 10 * DAY
    quiet.save()

    assert report(NOW + 40 * DAY)["accounts deleted after 2 years unused"] == 0
    assert User.objects.filter(pk=quiet.pk).exists()
    # Another long silence brings another warning.
    later = NOW + 10 * DAY + 701 * DAY
    assert report(later)["accounts warned that we will delete them"] == 1
    assert len(warnings_to(quiet)) == 2


def test_an_account_never_logged_in_counts_from_when_it_was_made(home_page):
    never = MemberFactory(last_login=None, date_joined=NOW - 800 * DAY)

    report(NOW)

    assert warnings_to(never)


def test_staff_accounts_are_left_alone(home_page):
    editor = last_seen(900, email="editor@example.org")
    editor.groups.add(Group.objects.get(name="Editors"))
    admin = last_seen(900, email="admin@example.org", is_superuser=True, is_staff=True)

    report(NOW)
    report(NOW + 60 * DAY)

    assert User.objects.filter(pk__in=[editor.pk, admin.pk]).count() == 2
    assert warnings_to(editor) == warnings_to(admin) == []


@pytest.fixture
def consultations(home_page):
    finder = ConsultationIndexPageFactory(parent=home_page)
    long_ago = ConsultationPageFactory(parent=finder, opens_at=NOW - 800 * DAY, closes_at=NOW - 731 * DAY)
    lately = ConsultationPageFactory(parent=finder, opens_at=NOW - 800 * DAY, closes_at=NOW - 700 * DAY)
    for page in (long_ago, lately):
        ConsultationQuestionFactory(page=page, label="Your views", field_type="multiline")
        ConsultationQuestionFactory(page=page, label="Your e-mail", field_type="email")
    return long_ago, lately


def answer(page, respondent=None, email="sam@example.org"):
    response, _created = record_response(
        page, {"your_views": "Buses", "your_e_mail": email}, respondent=respondent, outcome_email=email
    )
    return response


def test_contact_details_go_two_years_after_the_survey_closes_and_the_answers_stay(consultations):
    long_ago, lately = consultations
    member = MemberFactory()
    old = [answer(long_ago, respondent=member), answer(long_ago, email="kim@example.org")]
    recent = answer(lately, respondent=member)
    ConsultationSubscription.objects.create(consultation=long_ago, purpose=SubscriptionPurpose.OPENING, email="a@b.c")

    counts = report(NOW)

    assert counts["survey answers whose contact details we removed"] == 2
    assert counts["requests to hear about a consultation that closed long ago"] == 1
    for response in ConsultationResponse.objects.filter(pk__in=[r.pk for r in old]):
        assert response.form_data == {"your_views": "Buses"} and response.respondent is None
    assert not ConsultationSubscription.objects.filter(consultation=long_ago).exists()
    recent.refresh_from_db()
    assert recent.respondent == member and recent.form_data["your_e_mail"] == "sam@example.org"
    assert ConsultationSubscription.objects.filter(response=recent).exists()
    assert report(NOW)["survey answers whose contact details we removed"] == 0, "counts only what it changed"


def test_our_copies_of_emails_go_after_two_years(db):
    queue_email(key="old", to="a@example.org", subject="Old", body="Old")
    queue_email(key="new", to="a@example.org", subject="New", body="New")
    Notification.objects.filter(key="old").update(created_at=NOW - 731 * DAY)

    assert report(NOW)["copies of e-mails we sent"] == 1
    assert list(Notification.objects.values_list("key", flat=True)) == ["new"]


def test_the_command_reports_what_each_rule_removed(home_page):
    last_seen(701)
    out = io.StringIO()

    call_command("apply_retention", stdout=out)

    lines = out.getvalue().splitlines()
    assert "accounts warned that we will delete them: 1" in lines
    assert "accounts deleted after 2 years unused: 0" in lines
    assert "copies of e-mails we sent: 0" in lines
    assert "survey answers whose contact details we removed: 0" in lines


def test_the_task_worker_runs_the_same_rules(home_page):
    last_seen(701)

    result = apply_retention_task.enqueue()

    assert ["accounts warned that we will delete them", 1] in result.return_value
    assert "Queued for the task worker" in call_command_output("apply_retention", "--in-background")


def call_command_output(*args):
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_another_room_joins_with_a_rule_of_its_own(db, monkeypatch):
    """How the People Bank adds its own: a rule registered in its app's ready()."""
    monkeypatch.setitem(retention._rules, "people_bank_unconfirmed", retention.Rule("x", lambda now: {"stale": 3}))

    assert report(NOW)["stale"] == 3


def test_posts_of_a_deleted_account_stay_readable_as_by_a_former_member(client, home_page):
    forum = forum_page(home_page)
    quiet = last_seen(800)
    post = start_thread(quiet, text="Words that stay")
    moderation.approve(post, None)
    report(NOW)
    report(NOW + 31 * DAY)

    html = client.get(forum.thread_url(Post.objects.get(pk=post.pk).forum_thread)).content.decode()
    assert "Words that stay" in html and "Former member" in html
