""" "Tell me when it opens": people leave an address on a coming-soon consultation, and are
e-mailed once when it opens, through the one path that announces a page to everyone waiting
for it (notifications/announcements.py): publishing a consultation already open, or
`manage.py announce_due` (every few minutes) after its opening date has passed."""

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from core import published
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


def tell_opening_subscribers(announcement, page):
    """The consultations room's audience for an announcement (notifications/announcements.py):
    e-mail everyone waiting for this consultation to open, then forget their address, so that
    running it again tells nobody twice. Returns how many people were told."""
    if not isinstance(page, ConsultationPage):
        return 0
    told = 0
    for reminder in page.subscriptions.opening().order_by("pk"):
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


def open_now(pages, now):
    """Consultations are announced when they open: live, public and open now."""
    return published.public(pages.open_now(now))
