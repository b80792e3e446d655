"""What people itself holds about a member, for the personal data registry: the account, its
e-mail addresses and, for the notifications app below us, the e-mails we sent them. Erasing
the account also ends its sessions and takes its name out of the admin's history."""

from datetime import timedelta
from importlib import import_module

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import ModelLogEntry, PageLogEntry

from notifications.models import Notification

from .personal_data import Holding, moment, register

# Account e-mails (confirm your address, reset your password) start with this key: allauth sends
# them to an address before it is confirmed, on the account holder's request (people/adapter.py).
ACCOUNT_EMAIL_KEY = "account:"


def account_of(person):
    user = person.user
    return [
        {
            _("e-mail address"): user.email,
            _("display name"): user.display_name,
            _("joined"): moment(user.date_joined),
            _("last logged in"): moment(user.last_login),
            _("staff roles"): "; ".join(user.groups.order_by("name").values_list("name", flat=True)),
            _("we e-mailed to say we would delete it"): moment(user.deletion_warning_sent_at),
        }
    ]


def erase_account(person):
    """The account goes last (the registry erases it after every room): its sessions end on
    every device, the admin's history keeps what happened but not whose account it was, and the
    row goes, taking its e-mail addresses, staff roles and admin preferences with it."""
    user = person.user
    end_sessions(user)
    user_type = ContentType.objects.get_for_model(user)
    ModelLogEntry.objects.filter(content_type=user_type, object_id=str(user.pk)).update(label=_("A deleted account"))
    for log_entries in (ModelLogEntry.objects, PageLogEntry.objects):
        log_entries.filter(user_id=user.pk).update(user=None)
    user.delete()
    return 1


def end_sessions(user):
    """Log the account out everywhere by deleting its sessions. Returns how many. Sessions kept
    only in a cache cannot be listed; those log out by themselves, since Django checks on every
    request that the session's account still exists."""
    store = import_module(settings.SESSION_ENGINE).SessionStore
    if not hasattr(store, "get_model_class"):
        return 0
    ended = 0
    for key, data in store.get_model_class().objects.values_list("session_key", "session_data").iterator():
        if store().decode(data).get(SESSION_KEY) == str(user.pk):
            store(session_key=key).delete()
            ended += 1
    return ended


def email_addresses_of(person):
    return [
        {
            _("e-mail address"): address.email,
            _("confirmed"): _("yes") if address.verified else _("no"),
            _("the one we use"): _("yes") if address.primary else _("no"),
        }
        for address in EmailAddress.objects.filter(user=person.user).order_by("pk")
    ]


def erase_email_addresses(person):
    return EmailAddress.objects.filter(user=person.user).delete()[0]


def _emails_to(person):
    """E-mails to the person's confirmed addresses, and account e-mails to the others: an
    address nobody confirmed may be someone else's, and so are the e-mails sent to it."""
    to_confirmed = Q()
    for address in person.addresses:
        to_confirmed |= Q(to__iexact=address)
    account_emails = Q()
    for address in person.unconfirmed_addresses:
        account_emails |= Q(to__iexact=address, key__startswith=ACCOUNT_EMAIL_KEY)
    wanted = to_confirmed | account_emails
    return Notification.objects.filter(wanted) if wanted else Notification.objects.none()


def emails_of(person):
    return [
        {
            _("sent to"): notification.to,
            _("subject"): notification.subject,
            _("asked for"): moment(notification.created_at),
            _("sent"): moment(notification.sent_at),
            _("message"): notification.body or _("(deleted once sent: it held a link to your account)"),
        }
        for notification in _emails_to(person).order_by("created_at")
    ]


def erase_emails(person):
    return _emails_to(person).delete()[0]


def purge_sent_emails(now):
    """Our copy of each e-mail, once it is older than the privacy notice says we keep it."""
    older = now - timedelta(days=settings.SENT_EMAIL_RECORD_DAYS)
    return {_("copies of e-mails we sent"): Notification.objects.filter(created_at__lt=older).delete()[0]}


def register_holdings():
    register(
        Holding(
            name="account",
            title=gettext_lazy("Your account"),
            description=gettext_lazy("Your e-mail address, display name and when you joined and last logged in."),
            when_erased=gettext_lazy("We delete it, and log you out on every device."),
            records=account_of,
            erase=erase_account,
            order=0,
        )
    )
    register(
        Holding(
            name="email_addresses",
            title=gettext_lazy("Your e-mail addresses"),
            description=gettext_lazy("Each address you gave us for your account, and whether you confirmed it."),
            records=email_addresses_of,
            erase=erase_email_addresses,
            order=1,
        )
    )
    register(
        Holding(
            name="emails_we_sent",
            title=gettext_lazy("E-mails we sent you"),
            description=gettext_lazy("A copy of each e-mail we sent you or are about to send, and when."),
            when_erased=gettext_lazy("We delete our copies, and any e-mail we have not sent yet."),
            records=emails_of,
            erase=erase_emails,
            order=90,
        )
    )
