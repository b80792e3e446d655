"""Managing an entry: pause, change, leave.

A member manages theirs from their account page. Anyone else uses a signed link we e-mail
them (in every People Bank e-mail, or on asking): it names the entry and stops working after
PEOPLE_BANK_LINK_DAYS, so an old, forwarded e-mail does not open someone's details for ever."""

from django.conf import settings
from django.core import signing
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from notifications.sending import queue_email

from .models import Entry

SALT = "people_bank.manage"


def site_url(path):
    """The full address of one of our paths, for an e-mail."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def manage_url(entry):
    """The full address of the page that manages `entry`, for an e-mail."""
    token = signing.dumps(entry.pk, salt=SALT, compress=True)
    return site_url(reverse("people_bank:manage", args=[token]))


def entry_from_link(token):
    """The confirmed entry a link opens, or None if it is forged, too old or the entry is gone."""
    try:
        pk = signing.loads(token, salt=SALT, max_age=settings.PEOPLE_BANK_LINK_DAYS * 24 * 60 * 60)
    except signing.BadSignature:
        return None
    return Entry.objects.confirmed().filter(pk=pk).first()


def entry_of_member(user):
    """A member's entry: linked to their account, or at their address."""
    return Entry.objects.filter(Q(user=user) | Q(email__iexact=user.email)).first()


def send_link(email):
    """E-mail a managing link if the address has a confirmed entry; otherwise nothing. The page
    that asks says the same either way."""
    entry = Entry.objects.confirmed().filter(email__iexact=email.strip()).first()
    if entry is None:
        return
    queue_email(
        key=f"people-bank-manage:{entry.pk}:{timezone.now().isoformat()}",
        to=entry.email,
        subject=_("Your People Bank link"),
        body=render_to_string(
            "people_bank/email/manage_link.txt",
            {"entry": entry, "url": manage_url(entry), "days": settings.PEOPLE_BANK_LINK_DAYS},
        ),
        body_holds_secret=True,
    )
