"""The yearly check that people are satisfied with how we involved them (NHS England's goal:
at least 80%). When a consultation's outcome is published, everyone who asked to hear it gets
one e-mail with one question, through the notifications path, keyed so it goes once per person
and consultation.

The answer holds no identity. The link carries a one-off code; the answer keeps only a digest
of it (so the link answers once), and the e-mail's body, the one place the code met the
address, is wiped once sent (`body_holds_secret`)."""

import hashlib
import secrets

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django_tasks import task

from core.models import SiteSettings
from core.small_numbers import too_few
from notifications.models import Notification
from notifications.sending import queue_email
from outcomes.models import OutcomePage

from .models import SATISFIED, InvolvementAnswer

SALT = "feedback.involvement"
GOAL_PERCENT = 80
# An answer comes in the weeks after the e-mail, or not at all: an old link is not counted.
LINK_DAYS = 90


def involvement_key(consultation, email):
    return f"involvement:{consultation.pk}:{email}"


def answer_url(consultation):
    """A full address that answers once, for one person, about `consultation`."""
    token = signing.dumps({"c": consultation.pk, "n": secrets.token_urlsafe(16)}, salt=SALT, compress=True)
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("feedback:involvement", args=[token])


def read_link(token):
    """(consultation id, digest of its one-off code), or None for a made-up or old link."""
    try:
        data = signing.loads(token, salt=SALT, max_age=LINK_DAYS * 24 * 60 * 60)
        return int(data["c"]), hashlib.sha256(str(data["n"]).encode()).hexdigest()
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None


def already_answered(ticket):
    return InvolvementAnswer.objects.filter(ticket=ticket).exists()


def record(consultation_id, ticket, answer):
    """Store the answer; False if this link has answered already."""
    try:
        with transaction.atomic():
            InvolvementAnswer.objects.create(consultation_id=consultation_id, ticket=ticket, answer=answer)
    except IntegrityError:
        return False
    return True


@task()
def ask_about_involvement(outcome_page_id):
    """E-mail the one question to everyone who asked to hear this outcome and has not been asked
    yet. Returns how many e-mails it queued."""
    outcome = OutcomePage.objects.live().select_related("consultation").filter(pk=outcome_page_id).first()
    if outcome is None or outcome.consultation is None:
        return 0
    consultation = outcome.consultation
    asked = set(
        Notification.objects.filter(key__startswith=involvement_key(consultation, "")).values_list("key", flat=True)
    )
    waiting = [
        subscription.email
        for subscription in consultation.subscriptions.outcome().order_by("pk")
        if involvement_key(consultation, subscription.email) not in asked
    ]
    site = outcome.get_site()
    organisation = SiteSettings.for_site(site) if site else None
    subject = _("One question about how we involved you")
    for email in waiting:
        context = {"consultation": consultation, "url": answer_url(consultation), "organisation": organisation}
        queue_email(
            key=involvement_key(consultation, email),
            to=email,
            subject=subject,
            body=render_to_string("feedback/email/involvement.txt", context),
            body_holds_secret=True,
        )
    return len(waiting)


def satisfaction(consultations):
    """The answers about `consultations` as {"total", "satisfied", "percent", "shown", "meets_goal"}:
    the share satisfied is shown only when there are enough answers not to point at anyone,
    and neither the satisfied nor the other count is too few."""
    answers = InvolvementAnswer.objects.filter(consultation__in=consultations)
    total = answers.count()
    satisfied = answers.filter(answer__in=SATISFIED).count()
    shown = bool(total) and not (too_few(total) or too_few(satisfied) or too_few(total - satisfied))
    percent = round(100 * satisfied / total) if total else 0
    return {
        "total": total,
        "satisfied": satisfied,
        "percent": percent if shown else None,
        "shown": shown,
        "goal": GOAL_PERCENT,
        "meets_goal": shown and percent >= GOAL_PERCENT,
    }
