"""Lifting a sanction early. Suspending and banning live in `forum.moderation`; lifting is
only ever done from the admin, so it lives beside the admin views that use it."""

from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log


def lift(sanction, moderator):
    """End a suspension or ban now. The sanction stays in the member's history, marked lifted,
    and the audit log records who lifted it."""
    with transaction.atomic():
        sanction.lifted_at = timezone.now()
        sanction.save(update_fields=["lifted_at"])
        log(
            sanction.member,
            "forum.lift",
            user=moderator,
            data={
                "sanction": sanction.pk,
                "was": "ban" if sanction.is_ban else "suspension",
                "reason": sanction.reason,
            },
        )
    return sanction
