"""Accounts nobody has logged in to for the time the privacy notice gives (2 years): we e-mail
a warning a month before, then delete the account as if its member had, keeping their forum
posts as by "Former member" (the e-mail says how to delete them too). Logging in before the
date keeps the account, and the next warning comes only after the next long silence.

Staff accounts are left alone: the organisation closes those when someone leaves.
"""

from datetime import timedelta

from django.conf import settings
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Site

from core.dates import format_date
from core.models import SiteSettings
from notifications.sending import notify

from .models import ErasureRecord, members_of_the_public
from .personal_data import Person, erase_person


def _with_last_active():
    return members_of_the_public().annotate(last_active=Coalesce("last_login", "date_joined"))


def deletion_date(user, last_active):
    """When the account goes: its time is up, and the warning had its month."""
    keep_until = last_active + timedelta(days=settings.INACTIVE_ACCOUNT_DAYS)
    return max(keep_until, user.deletion_warning_sent_at + timedelta(days=settings.INACTIVE_ACCOUNT_WARNING_DAYS))


def warn_and_erase(now):
    warned = _warn(now)
    erased = _erase(now)
    return {_("accounts warned that we will delete them"): warned, _("accounts deleted after 2 years unused"): erased}


def _warn(now):
    warn_from = now - timedelta(days=settings.INACTIVE_ACCOUNT_DAYS - settings.INACTIVE_ACCOUNT_WARNING_DAYS)
    due = _with_last_active().filter(last_active__lt=warn_from)
    due = due.filter(Q(deletion_warning_sent_at=None) | Q(deletion_warning_sent_at__lt=F("last_active")))
    base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    site = Site.objects.filter(is_default_site=True).first()
    organisation = SiteSettings.for_site(site) if site else None
    warned = 0
    for user in due:
        user.deletion_warning_sent_at = now
        user.save(update_fields=["deletion_warning_sent_at"])
        notify(
            key=f"account-deletion-warning:{user.pk}:{user.last_active:%Y%m%d%H%M%S}",
            to=user.email,
            subject=_("We will delete your account unless you log in"),
            template="people/email/inactive_account_warning.txt",
            context={
                "user": user,
                "last_active": format_date(user.last_active),
                "deletion_date": format_date(deletion_date(user, user.last_active)),
                "login_url": base_url + reverse("account_login"),
                "delete_url": base_url + reverse("people:delete_account"),
                "organisation": organisation,
            },
        )
        warned += 1
    return warned


def _erase(now):
    time_up = now - timedelta(days=settings.INACTIVE_ACCOUNT_DAYS)
    warned_before = now - timedelta(days=settings.INACTIVE_ACCOUNT_WARNING_DAYS)
    due = _with_last_active().filter(
        last_active__lt=time_up,
        deletion_warning_sent_at__gte=F("last_active"),
        deletion_warning_sent_at__lte=warned_before,
    )
    erased = 0
    for user in due:
        erase_person(Person.of(user, keep_posts=True), reason=ErasureRecord.Reason.INACTIVE)
        erased += 1
    return erased
