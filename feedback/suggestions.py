"""Suggestions: receiving one (and telling the engagement team), telling the person each time it
moves on, and the private link where they follow it.

The link is signed (it names the suggestion and cannot be made up) and is in every e-mail about
the suggestion; those e-mails' bodies are wiped once sent (`body_holds_secret`), so the database
never keeps a working link. Each status change is one `StatusChange`, and its e-mail's key names
that change, so the person hears of each change exactly once, however often the task runs."""

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.permission_policies import ModelPermissionPolicy

from notifications.sending import queue_email

from .models import StatusChange, Suggestion, SuggestionStatus

SALT = "feedback.suggestion"


def status_url(suggestion):
    """The full address of the page where the person follows `suggestion`."""
    token = signing.dumps(suggestion.pk, salt=SALT)
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("feedback:suggestion_status", args=[token])


def suggestion_from_link(token):
    """The suggestion a link opens, or None if the link is made up or the suggestion is gone."""
    try:
        pk = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    return Suggestion.objects.select_related("service").filter(pk=pk).first() if isinstance(pk, int) else None


def receive(data):
    """Store a suggestion from the form's cleaned `data` and acknowledge it by e-mail."""
    with transaction.atomic():
        suggestion = Suggestion.objects.create(
            service=data["service"], text=data["text"], name=data["name"], email=data["email"]
        )
        change = StatusChange.objects.create(suggestion=suggestion, status=SuggestionStatus.RECEIVED)
        _tell(suggestion, change, _("We have your suggestion"), "feedback/email/suggestion_received.txt")
        _tell_the_team(suggestion)
    return suggestion


def _tell_the_team(suggestion):
    """E-mail everyone who moves suggestions on (the engagement team) that a new one is waiting,
    with a link to it in the admin and nothing of who sent it."""
    url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("feedback_suggestion:edit", args=[suggestion.pk])
    body = render_to_string("feedback/email/suggestion_for_the_team.txt", {"suggestion": suggestion, "url": url})
    for member in ModelPermissionPolicy(Suggestion).users_with_permission("change").filter(is_active=True):
        queue_email(
            key=f"suggestion-new:{suggestion.pk}:{member.email}",
            to=member.email,
            subject=_("A new suggestion"),
            body=body,
        )


def change_status(suggestion, status, reason="", by=None):
    """Move `suggestion` on (saved), record the step and e-mail the person about it once.
    Does nothing if neither the status nor what we tell them changed."""
    if status == suggestion.status and reason == suggestion.reason:
        return None
    with transaction.atomic():
        suggestion.status, suggestion.reason = status, reason
        suggestion.save(update_fields=["status", "reason"])
        change = StatusChange.objects.create(suggestion=suggestion, status=status, reason=reason, changed_by=by)
        subject = _("Your suggestion: %(status)s") % {"status": change.get_status_display().lower()}
        _tell(suggestion, change, subject, "feedback/email/suggestion_status.txt")
    return change


def _tell(suggestion, change, subject, template):
    context = {"suggestion": suggestion, "change": change, "url": status_url(suggestion)}
    queue_email(
        key=f"suggestion:{change.pk}",
        to=suggestion.email,
        subject=subject,
        body=render_to_string(template, context),
        body_holds_secret=True,
    )
