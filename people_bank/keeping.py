"""Keeping the People Bank to people who still want to be in it.

A confirmed entry whose owner has not confirmed, changed, paused, un-paused or kept it for
PEOPLE_BANK_INACTIVE_YEARS gets one e-mail asking whether they want to stay, with a link to a
page whose button keeps it. If they have not pressed it (or changed their entry)
PEOPLE_BANK_INACTIVE_WARNING_DAYS later, the retention rule deletes the entry and what we
noted about inviting them. Keeping it starts the years again, and the next e-mail comes only
after the next long silence.

We still invite a warned entry's owner while they decide: they are in until the entry goes,
and an invitation reminds them that it exists.
"""

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from core.dates import format_date
from notifications.sending import queue_email

from .managing import manage_url, site_url
from .models import Entry

SALT = "people_bank.keep"


def keep_url(entry):
    """The full address of the page that keeps `entry`, for the e-mail asking."""
    token = signing.dumps(entry.pk, salt=SALT, compress=True)
    return site_url(reverse("people_bank:keep", args=[token]))


def entry_from_link(token):
    """The confirmed entry a keep link names, or None if it is forged, older than the time we
    gave its owner to answer, or the entry is gone."""
    max_age = timedelta(days=settings.PEOPLE_BANK_INACTIVE_WARNING_DAYS)
    try:
        pk = signing.loads(token, salt=SALT, max_age=max_age)
    except signing.BadSignature:
        return None
    return Entry.objects.confirmed().filter(pk=pk).first()


def keep(entry):
    """Its owner wants to stay: the years start again."""
    Entry.objects.filter(pk=entry.pk).update(last_active_at=timezone.now())


def _inactive(now):
    since = now - timedelta(days=365 * settings.PEOPLE_BANK_INACTIVE_YEARS)
    return Entry.objects.confirmed().filter(last_active_at__lt=since)


def warn_and_delete(now):
    """Retention rule. Safe to run again at once: an entry is warned once per silence, and
    deleted only when its warning is old enough."""
    deleted = _delete(now)
    warned = _warn(now)
    return {
        _("People Bank entries asked whether they want to stay"): warned,
        _("People Bank entries nobody kept"): deleted,
    }


def _warn(now):
    due = _inactive(now).filter(Q(keep_warning_sent_at=None) | Q(keep_warning_sent_at__lt=F("last_active_at")))
    deletion_date = format_date(now + timedelta(days=settings.PEOPLE_BANK_INACTIVE_WARNING_DAYS))
    warned = 0
    for entry in due:
        if not Entry.objects.filter(pk=entry.pk, last_active_at=entry.last_active_at).update(keep_warning_sent_at=now):
            continue  # kept or changed in between
        queue_email(
            key=f"people-bank-keep:{entry.pk}:{entry.last_active_at:%Y%m%d%H%M%S}",
            to=entry.email,
            subject=_("Do you want to stay in our People Bank?"),
            body=render_to_string(
                "people_bank/email/keep_or_leave.txt",
                {
                    "entry": entry,
                    "years": settings.PEOPLE_BANK_INACTIVE_YEARS,
                    "deletion_date": deletion_date,
                    "keep_url": keep_url(entry),
                    "manage_url": manage_url(entry),
                },
            ),
            body_holds_secret=True,
        )
        warned += 1
    return warned


def _delete(now):
    answer_by = now - timedelta(days=settings.PEOPLE_BANK_INACTIVE_WARNING_DAYS)
    due = _inactive(now).filter(keep_warning_sent_at__gte=F("last_active_at"), keep_warning_sent_at__lte=answer_by)
    deleted, by_model = due.delete()
    return by_model.get("people_bank.Entry", 0)
