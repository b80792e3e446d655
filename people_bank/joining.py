"""Joining the People Bank, with double opt-in.

`join` stores an unconfirmed entry and e-mails its owner a link; nothing is active until
`confirm` runs from that link. The page after joining says the same whether or not the address
was in the People Bank already, so the form cannot be used to find out who is: an address that
is there gets an e-mail instead (a fresh link if it never confirmed, a note if it did)."""

import datetime
import hashlib
import secrets

from django.conf import settings
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from notifications.sending import queue_email

from . import consent
from .managing import manage_url
from .models import Entry, EntryWay


def _hash(token):
    return hashlib.sha256(token.encode()).hexdigest()


def _link(request, name, token):
    return request.build_absolute_uri(reverse(name, args=[token]))


FIELDS = ("name", "phone", "place", "postcode_district", "access_needs", "preferred_format", "language")


def fields_of(entry):
    """The entry form's initial values, for changing an entry."""
    return {
        **{name: getattr(entry, name) for name in FIELDS},
        "topics": list(entry.topics.all()),
        "ways": [str(way) for way in entry.ways],
    }


def save_fields(entry, data):
    """Store what the entry form holds on `entry` (saved), replacing its topics and ways."""
    for name in FIELDS:
        setattr(entry, name, data[name])
    entry.save()
    entry.topics.set(data["topics"])
    entry.way_set.all().delete()
    EntryWay.objects.bulk_create(EntryWay(entry=entry, way=way) for way in data["ways"])


def join(request, data):
    """Store a new, unconfirmed entry from the join form's `data`, or, if the address has one,
    e-mail its owner about it. Safe when the same address is sent twice at the same moment: the
    database keeps one entry and the second sender is treated as the address's owner coming back."""
    token = secrets.token_urlsafe(24)
    now = timezone.now()
    user = request.user if request.user.is_authenticated else None
    try:
        with transaction.atomic():
            entry = Entry(
                email=data["email"],
                user=user,
                confirm_token_hash=_hash(token),
                consented_at=now,
                consent_version=consent.VERSION,
            )
            save_fields(entry, data)
    except IntegrityError:
        return _already_there(request, data["email"])
    _send_confirmation(request, entry, token)
    return entry


def _already_there(request, email):
    entry = Entry.objects.filter(email__iexact=email).first()
    if entry is None:  # deleted in between: nothing to tell
        return None
    if entry.confirmed_at is None:
        token = secrets.token_urlsafe(24)
        Entry.objects.filter(pk=entry.pk).update(confirm_token_hash=_hash(token))
        _send_confirmation(request, entry, token)
    else:
        queue_email(
            key=f"people-bank-already:{entry.pk}:{timezone.localdate().isoformat()}",
            to=entry.email,
            subject=_("You are already in our People Bank"),
            body=render_to_string("people_bank/email/already_in.txt", {"entry": entry, "url": manage_url(entry)}),
            body_holds_secret=True,
        )
    return entry


def _send_confirmation(request, entry, token):
    queue_email(
        key=f"people-bank-confirm:{entry.pk}:{_hash(token)[:16]}",
        to=entry.email,
        subject=_("Confirm that you want to join our People Bank"),
        body=render_to_string(
            "people_bank/email/confirm.txt",
            {
                "entry": entry,
                "url": _link(request, "people_bank:confirm", token),
                "days": settings.PEOPLE_BANK_UNCONFIRMED_DAYS,
            },
        ),
        body_holds_secret=True,
    )


def entry_to_confirm(token):
    """The unconfirmed entry this link confirms, if any."""
    if not token:
        return None
    return Entry.objects.unconfirmed().filter(confirm_token_hash=_hash(token)).first()


def confirm(token):
    """Make the entry active, once. Returns it, or None if the link is used or unknown."""
    entry = entry_to_confirm(token)
    if entry is None:
        return None
    now = timezone.now()
    changed = Entry.objects.filter(pk=entry.pk, confirmed_at=None).update(
        confirmed_at=now, last_active_at=now, confirm_token_hash=""
    )
    return entry if changed else None


def purge_unconfirmed(now):
    """Retention rule: delete entries nobody confirmed within PEOPLE_BANK_UNCONFIRMED_DAYS."""
    cutoff = now - datetime.timedelta(days=settings.PEOPLE_BANK_UNCONFIRMED_DAYS)
    deleted, by_model = Entry.objects.unconfirmed().filter(created_at__lt=cutoff).delete()
    return {_("People Bank entries nobody confirmed"): by_model.get("people_bank.Entry", 0)}
