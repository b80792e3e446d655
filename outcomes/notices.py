"""Telling people what we decided, when they asked us to.

Each person who ticked "tell me the outcome" gets one e-mail per consultation, through the one
notification path (`notifications.sending.notify`), whose key makes it once only: publishing
again, or this task running twice, finds the notification already owed and writes nothing.
An e-mail that fails stays unsent with its error, and `manage.py send_pending_notifications`
sends it later. Who is still owed the news is therefore always in the database: notifications
with no `sent_at`, and subscriptions with no notification at all.
"""

from django.utils.translation import gettext as _
from django_tasks import task

from core.models import SiteSettings
from notifications.models import Notification
from notifications.sending import notify

from .models import OutcomePage


def outcome_key(consultation, email):
    return f"outcome:{consultation.pk}:{email}"


@task()
def tell_subscribers(outcome_page_id):
    """E-mail everyone who asked to hear the outcome of this page's consultation and has not
    been told yet. Returns how many e-mails it queued."""
    outcome = OutcomePage.objects.live().select_related("consultation").filter(pk=outcome_page_id).first()
    if outcome is None or outcome.consultation is None:
        return 0
    consultation = outcome.consultation
    already_told = set(
        Notification.objects.filter(key__startswith=outcome_key(consultation, "")).values_list("key", flat=True)
    )
    waiting = [
        subscription
        for subscription in consultation.subscriptions.outcome().order_by("pk")
        if outcome_key(consultation, subscription.email) not in already_told
    ]
    if not waiting:
        return 0

    site = outcome.get_site()
    context = {
        "outcome": outcome,
        "consultation": consultation,
        "outcome_url": outcome.full_url,
        "organisation": SiteSettings.for_site(site) if site else None,
    }
    subject = _("What we decided: %(title)s") % {"title": consultation.title}
    for subscription in waiting:
        notify(
            key=outcome_key(consultation, subscription.email),
            to=subscription.email,
            subject=subject,
            template="outcomes/email/outcome_published.txt",
            context=context,
        )
    return len(waiting)
