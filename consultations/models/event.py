"""Events: public meetings, drop-ins and online sessions where people can have their say."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index


class EventKind(models.TextChoices):
    PUBLIC_MEETING = "public_meeting", _("Public meeting")
    DROP_IN = "drop_in", _("Drop-in")
    ONLINE = "online", _("Online session")


class EventIndexPage(Page):
    """Upcoming events first, then past ones."""

    introduction = models.TextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    subpage_types = ["consultations.EventPage"]
    max_count = 1

    class Meta:
        verbose_name = _("events index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        events = EventPage.objects.live().child_of(self).select_related("consultation")
        now = timezone.now()
        context["upcoming_events"] = events.filter(ends_at__gte=now).order_by("starts_at")
        context["past_events"] = events.filter(ends_at__lt=now).order_by("-starts_at")
        return context


class EventPage(RoutablePageMixin, Page):
    """One event, with everything someone needs to decide whether they can get there and join in."""

    kind = models.CharField(max_length=16, choices=EventKind.choices, default=EventKind.DROP_IN)
    summary = models.TextField(help_text=_("What happens at this event, in one or two sentences."))
    starts_at = models.DateTimeField(help_text=_("UK time."))
    ends_at = models.DateTimeField(help_text=_("UK time."))
    consultation = models.ForeignKey(
        "consultations.ConsultationPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="events"
    )
    venue_name = models.CharField(max_length=120, blank=True)
    venue_address = models.TextField(blank=True)
    step_free = models.BooleanField(_("step-free access"), default=False)
    hearing_loop = models.BooleanField(_("hearing loop"), default=False)
    bsl_interpreter = models.BooleanField(_("British Sign Language interpreter"), default=False)
    interpreters = models.CharField(
        _("other interpreters"), max_length=200, blank=True, help_text=_("For example: 'Polish and Urdu'.")
    )
    parking = models.CharField(max_length=255, blank=True)
    nearest_transport = models.CharField(_("nearest bus or train"), max_length=255, blank=True)
    online_joining = models.TextField(
        _("how to join online"), blank=True, help_text=_("The link and any code. Leave blank for in-person events.")
    )
    how_to_book = models.TextField(blank=True, help_text=_("Leave blank if people can just turn up."))
    booking_url = models.URLField(blank=True)

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("consultation")]),
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        MultiFieldPanel(
            [
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
                FieldRowPanel([FieldPanel("step_free"), FieldPanel("hearing_loop"), FieldPanel("bsl_interpreter")]),
                FieldPanel("interpreters"),
                FieldPanel("parking"),
                FieldPanel("nearest_transport"),
            ],
            heading=_("Venue and access"),
        ),
        FieldPanel("online_joining"),
        MultiFieldPanel([FieldPanel("how_to_book"), FieldPanel("booking_url")], heading=_("Booking")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("venue_name"),
        index.FilterField("starts_at"),
    ]

    parent_page_types = ["consultations.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")

    @property
    def is_past(self):
        return self.ends_at < timezone.now()

    @path("event.ics", name="ics")
    def ics(self, request):
        from consultations.calendar import event_calendar_response

        return event_calendar_response(self, request)
