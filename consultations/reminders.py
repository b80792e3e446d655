""" "Tell me when it opens": people leave an address on a coming-soon consultation, and are
e-mailed once when it opens. Run `manage.py send_opening_reminders` every few minutes."""

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from core.post_limits import refuse_if_over
from notifications.sending import notify

from .forms import OpeningReminderForm
from .models import ConsultationPage, ConsultationSubscription, Stage, SubscriptionPurpose


def remind_me(page, request):
    """Store an address to e-mail when `page` opens. Only for consultations coming soon."""
    if request.method != "POST" or page.stage != Stage.COMING_SOON:
        return redirect(page.url)
    form = OpeningReminderForm(request.POST)
    refuse_if_over(request, "opening-reminder", form)
    if form.is_bot:
        return TemplateResponse(request, "consultations/reminder_set.html", {"page": page})
    if not form.is_valid():
        return page.render_consultation(request, reminder_form=form)
    ConsultationSubscription.objects.get_or_create(
        consultation=page, purpose=SubscriptionPurpose.OPENING, email=form.cleaned_data["email"].strip().lower()
    )
    return TemplateResponse(request, "consultations/reminder_set.html", {"page": page})


def send_opening_reminders(now=None):
    """E-mail everyone waiting for a consultation that is now open, then forget their address.
    Returns how many people were told. Safe to run as often as you like."""
    now = now or timezone.now()
    told = 0
    waiting = (
        ConsultationSubscription.objects.opening()
        .filter(consultation__in=ConsultationPage.objects.live().open_now(now))
        .select_related("consultation")
    )
    for reminder in waiting:
        page = reminder.consultation
        notify(
            key=f"opening:{page.pk}:{reminder.email}",
            to=reminder.email,
            subject=_("Now open: %(title)s") % {"title": page.title},
            template="consultations/email/opening_reminder.txt",
            context={"page": page, "page_url": page.full_url},
        )
        reminder.delete()
        told += 1
    return told
