"""Moderators' decisions, and what every change of a post's state sets off: the thread's
counts and visibility, the search index, followers' e-mails and the audit log.

Every decision is logged with Wagtail's audit log (`wagtail.log_actions.log`), so Reports >
Site history shows who did what, to which post, and when."""

from django.db import transaction
from django.db.models import BooleanField, ExpressionWrapper, Min, Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.search.index import insert_or_update_object, remove_object

from . import notifying
from .models import HoldReason, Post, Sanction, Status


def apply_hold(post, reasons):
    """Mark an unsaved or changed post as held for `reasons` (none: published)."""
    if reasons:
        post.status = Status.HELD
        post.hold_reasons = [str(reason) for reason in reasons]
        post.held_at = post.held_at or timezone.now()
    else:
        post.status = Status.PUBLISHED
        post.hold_reasons = []


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


def is_urgent(post):
    """Held because someone may be at risk: it goes to the top of the queue and its own
    e-mail goes to every moderator at once."""
    return post.status == Status.HELD and HoldReason.SAFEGUARDING in post.hold_reasons


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
    # `hold_reasons` is a JSON list; `contains` on JSON is not available on SQLite, so this
    # looks for the quoted value in its text, which no other reason's text contains.
    safeguarding = Q(status=Status.HELD, hold_reasons__icontains=f'"{HoldReason.SAFEGUARDING}"')
    return (
        Post.objects.annotate(first_report_at=first_report)
        .filter(Q(status=Status.HELD) | Q(status=Status.PUBLISHED, first_report_at__isnull=False))
        .filter(deleted_at=None)
        .annotate(
            waiting_since=Coalesce("held_at", "first_report_at"),
            is_urgent=ExpressionWrapper(safeguarding, output_field=BooleanField()),
        )
        .select_related("user", "forum_thread", "forum_thread__category")
        .order_by("-is_urgent", "waiting_since", "pk")
    )


def _decide(post, moderator, *, status, upheld, action, data=None):
    with transaction.atomic():
        post.status = status
        post.moderated_by = moderator
        post.moderated_at = timezone.now()
        if status != Status.HELD:
            post.held_at = None
        post.save()
        post.reports.pending().update(resolved_at=post.moderated_at, upheld=upheld)
        after_status_change(post)
        log(post, action, user=moderator, data=data or {})


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
