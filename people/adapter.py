"""How django-allauth fits our site: plain-English messages, where people land, what each
account e-mail knows and how it goes (queued like every other e-mail), our 429 page when
someone keeps getting their password wrong, and the equality questions offered to a new member."""

import logging
import uuid
from http import HTTPStatus

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.models import EmailAddress
from allauth.core.exceptions import ImmediateHttpResponse
from django import forms
from django.contrib.sites.shortcuts import get_current_site
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.client_ip import client_ip
from core.models import SiteSettings
from equality.models import OccasionKind
from equality.offers import make_offer
from notifications.sending import queue_email

logger = logging.getLogger(__name__)


def _domain(credentials):
    """Which organisation the address is at, never the whole address or the password."""
    return str(credentials.get("email") or "").rpartition("@")[2] or "-"


class AccountAdapter(DefaultAccountAdapter):
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "account_inactive": _("You cannot log in to this account."),
        "duplicate_email": _("This is already your e-mail address"),
        "email_password_mismatch": _("The e-mail address or password is not right. Check them and try again."),
        "enter_current_password": _("Your current password is not right. Check it and try again."),
        "incorrect_password": _("The password is not right. Check it and try again."),
        "invalid_password_reset": _("This link to reset your password does not work any more."),
        "rate_limited": _("You have tried this too many times. Wait a few minutes, then try again."),
        "same_as_current": _("This is already your e-mail address"),
        "too_many_login_attempts": _("You have tried to log in too many times. Wait 5 minutes, then try again."),
    }

    def pre_authenticate(self, request, **credentials):
        """allauth turns too many wrong passwords into an error on the form; we answer with a
        429 page instead, which says how long to wait and how to reset the password."""
        try:
            super().pre_authenticate(request, **credentials)
        except forms.ValidationError:
            logger.warning(
                "Log-in paused after too many attempts: domain=%s ip=%s", _domain(credentials), client_ip(request)
            )
            response = render(request, "account/too_many_login_attempts.html", status=HTTPStatus.TOO_MANY_REQUESTS)
            raise ImmediateHttpResponse(response) from None

    def authentication_failed(self, request, **credentials):
        """Every wrong password leaves a record, so a guessing attack shows in the logs."""
        logger.warning("Log-in failed: domain=%s ip=%s", _domain(credentials), client_ip(request))

    def get_client_ip(self, request):
        """allauth's rate limits count by the same client address as ours, behind our proxies."""
        return client_ip(request)

    def save_user(self, request, user, form, commit=True):
        user.display_name = form.cleaned_data["display_name"]
        return super().save_user(request, user, form, commit=commit)

    def confirm_email(self, request, email_address):
        """Confirming the first address finishes signing up: the account page that follows
        offers the optional equality questions. A changed address is not a new member."""
        others = EmailAddress.objects.filter(user_id=email_address.user_id).exclude(pk=email_address.pk)
        signing_up = not others.exists()
        confirmed = super().confirm_email(request, email_address)
        if confirmed and signing_up:
            make_offer(request, OccasionKind.SIGN_UP)
        return confirmed

    def get_password_change_redirect_url(self, request):
        return reverse("people:account")

    def send_mail(self, template_prefix, email, context):
        """Every account e-mail is signed with the organisation's name from the site settings,
        and goes through our one e-mail queue: a mail server that is down delays it, never
        breaks the page or loses it. Its links log people in or reset passwords, so its body is
        wiped once sent. Our account e-mails are plain text (no `*_message.html` templates)."""
        context = {
            "request": self.request,
            "email": email,
            "current_site": get_current_site(self.request),
            "organisation_name": SiteSettings.for_request(self.request).organisation_name,
            **context,
        }
        message = self.render_mail(template_prefix, email, context)
        queue_email(
            key=f"account:{template_prefix.rpartition('/')[2]}:{uuid.uuid4()}",
            to=email,
            subject=message.subject,
            body=message.body,
            headers=message.extra_headers,
            body_holds_secret=True,
        )

    def send_notification_mail(self, template_prefix, user, context=None, email=None):
        """Security notices say how to take the account back if the change was not the member's."""
        reset_url = self.request.build_absolute_uri(reverse("account_reset_password"))
        context = {"password_reset_url": reset_url, **(context or {})}
        super().send_notification_mail(template_prefix, user, context, email)
