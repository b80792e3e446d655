"""Holding and deciding, the same way for every `Moderated` item: what a hold sets, what a
moderator's decision records, and how the queue puts someone at risk first.

Every decision is logged with Wagtail's audit log (`wagtail.log_actions.log`) under the room's
own action name ("forum.approve", "stories.approve"), so Reports > Site history shows who did
what, to which item, and when."""

from django.db.models import BooleanField, ExpressionWrapper, Q
from django.utils import timezone
from wagtail.log_actions import log

from .models import HoldReason, Status


def apply_hold(item, reasons):
    """Mark an unsaved or changed item as held for `reasons` (none: published)."""
    if reasons:
        item.status = Status.HELD
        item.hold_reasons = [str(reason) for reason in reasons]
        item.held_at = item.held_at or timezone.now()
    else:
        item.status = Status.PUBLISHED
        item.hold_reasons = []


def is_urgent(item):
    """Held because someone may be at risk: it goes to the top of the queue and its own
    e-mail goes to every moderator at once."""
    return item.status == Status.HELD and HoldReason.SAFEGUARDING in item.hold_reasons


# `hold_reasons` is a JSON list; `contains` on JSON is not available on SQLite, so this looks
# for the quoted value in its text, which no other reason's text contains.
URGENT = Q(status=Status.HELD, hold_reasons__icontains=f'"{HoldReason.SAFEGUARDING}"')


def with_urgency(queryset):
    """`queryset` with `is_urgent` (see above) on each row, for the queue to sort on."""
    return queryset.annotate(is_urgent=ExpressionWrapper(URGENT, output_field=BooleanField()))


def record_decision(item, moderator, *, status, action, data=None):
    """Save a moderator's decision on `item` and log it. Callers hold a transaction, so the
    decision, its consequences and its log entry are saved together or not at all."""
    item.status = status
    item.moderated_by = moderator
    item.moderated_at = timezone.now()
    if status != Status.HELD:
        item.held_at = None
    item.save()
    log(item, action, user=moderator, data=data or {})
