"""What moderators read about why something waits; the `HoldReason` labels are written to
its author instead."""

from django.utils.translation import gettext_lazy

from .models import HoldReason

HOLD_REASONS_FOR_MODERATORS = {
    HoldReason.NEW_MEMBER: gettext_lazy("A new member's first posts"),
    HoldReason.NHS_NUMBER: gettext_lazy("May contain an NHS number"),
    HoldReason.PHONE_NUMBER: gettext_lazy("May contain a phone number"),
    HoldReason.EMAIL_ADDRESS: gettext_lazy("May contain an e-mail address"),
    HoldReason.LINKS: gettext_lazy("Has more than two links"),
    HoldReason.SAFEGUARDING: gettext_lazy("Safeguarding: someone may be at risk"),
    HoldReason.REPORTED: gettext_lazy("Hidden after several reports"),
    HoldReason.READ_FIRST: gettext_lazy("Every story is read before it is published"),
}


def hold_reason_label(value):
    try:
        return HOLD_REASONS_FOR_MODERATORS.get(HoldReason(value), HoldReason(value).label)
    except ValueError:
        return value
