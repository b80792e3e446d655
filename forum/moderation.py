"""Moderators' decisions on posts, and what every change of a post's state sets off: the
thread's counts and visibility, the search index, followers' e-mails and the audit log.

Holding, recording a decision and logging it are every room's (moderation/decisions.py);
this adds what a post's state means for its thread, its reports and its readers."""

from django.db import transaction
from django.db.models import Min, Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.search.index import insert_or_update_object, remove_object

from moderation.decisions import apply_hold, is_urgent, record_decision, with_urgency

from . import notifying
from .models import Post, Sanction, Status

__all__ = ["apply_hold", "approve", "ban", "dismiss", "is_urgent", "lift", "queue", "remove", "suspend"]


def after_status_change(post):
    """Bring everything that depends on a post's state up to date with it."""
    thread = post.forum_thread
    if post.is_opening_post:
        is_public = post.status == Status.PUBLISHED
        if thread.is_public != is_public:
            thread.is_public = is_public
            type(thread).objects.filter(pk=thread.pk).update(is_public=is_public)
            _reindex_replies(thread)
    thread.refresh_counts()
    if post.is_visible:
        insert_or_update_object(post)
        notifying.tell_followers(post)
    else:
        remove_object(post)
    if post.status == Status.HELD:
        notifying.tell_moderators(urgent_post=post if is_urgent(post) else None)


def _reindex_replies(thread):
    """A thread's replies are findable exactly while the thread is public."""
    for reply in thread.posts.filter(level__gt=0):
        if reply.is_visible:
            insert_or_update_object(reply)
        else:
            remove_object(reply)


def queue():
    """Held posts and published posts with pending reports: safeguarding holds first (see
    `is_urgent`), then longest waiting first."""
    first_report = Min("reports__created_at", filter=Q(reports__resolved_at=None))
    waiting = (
        Post.objects.annotate(first_report_at=first_report)
        .filter(Q(status=Status.HELD) | Q(status=Status.PUBLISHED, first_report_at__isnull=False))
        .filter(deleted_at=None)
        .annotate(waiting_since=Coalesce("held_at", "first_report_at"))
    )
    return (
        with_urgency(waiting)
        .select_related("user", "forum_thread", "forum_thread__category")
        .order_by("-is_urgent", "waiting_since", "pk")
    )


def _decide(post, moderator, *, status, upheld, action, data=None):
    with transaction.atomic():
        record_decision(post, moderator, status=status, action=action, data=data)
        post.reports.pending().update(resolved_at=post.moderated_at, upheld=upheld)
        after_status_change(post)


def approve(post, moderator):
    """Publish a held post (and clear any reports against it)."""
    _decide(post, moderator, status=Status.PUBLISHED, upheld=False, action="forum.approve")


def remove(post, moderator, rule):
    """Take a post down, naming the house rule it broke; the rule is shown in its place."""
    post.removal_reason = str(rule)
    _decide(post, moderator, status=Status.REMOVED, upheld=True, action="forum.remove", data={"rule": str(rule)})
    notifying.tell_author_of_removal(post)


def dismiss(post, moderator):
    """The reports were unfounded: the post stays (or goes back) up."""
    _decide(post, moderator, status=Status.PUBLISHED, upheld=False, action="forum.dismiss")


# Sanctions are logged against the sanction, not the member: moderators may see sanctions in
# the audit log, but not user accounts, which hold e-mail addresses.


def suspend(member, moderator, *, until, reason):
    sanction = Sanction.objects.create(member=member, until=until, reason=reason, created_by=moderator)
    log(sanction, "forum.suspend", user=moderator, data={"until": until.isoformat(), "reason": reason})
    return sanction


def ban(member, moderator, *, reason):
    sanction = Sanction.objects.create(member=member, until=None, reason=reason, created_by=moderator)
    log(sanction, "forum.ban", user=moderator, data={"reason": reason})
    return sanction


def lift(sanction, moderator):
    """End a suspension or ban now. It stays in the member's history, marked lifted."""
    with transaction.atomic():
        sanction.lifted_at = timezone.now()
        sanction.save(update_fields=["lifted_at"])
        log(
            sanction,
            "forum.lift",
            user=moderator,
            data={"was": "ban" if sanction.is_ban else "suspension", "reason": sanction.reason},
        )
    return sanction
