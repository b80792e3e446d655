"""Events: public meetings, drop-ins and online sessions where people can have their say."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from core import published
from core.dates import format_when
from core.models import SitePage
from search.kinds import KindNamedInIndex

from .calendar import event_calendar_response


class EventKind(models.TextChoices):
    PUBLIC_MEETING = "public_meeting", _("Public meeting")
    DROP_IN = "drop_in", _("Drop-in")
    ONLINE = "online", _("Online session")


class EventIndexPage(SitePage):
    """Upcoming events first, then past ones."""

    introduction = models.TextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    subpage_types = ["events.EventPage"]
    max_count = 1

    class Meta:
        verbose_name = _("events index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        events = published.public(EventPage.objects.live()).child_of(self).select_related("consultation")
        now = timezone.now()
        context["upcoming_events"] = events.filter(ends_at__gte=now).order_by("starts_at")
        context["past_events"] = events.filter(ends_at__lt=now).order_by("-starts_at")
        return context


class EventPage(KindNamedInIndex, RoutablePageMixin, SitePage):
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
    booking_url = models.URLField(
        blank=True,
        help_text=_(
            "Your booking form, if you have one. Leave blank and people can book by e-mail or phone, "
            "with the contact details in Settings, Site settings."
        ),
    )

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

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("The end must be after the start. Check the date as well as the time.")
        if not self.has_venue and not self.online_joining.strip():
            message = _("Say where the event is (the venue's name or address), or how to join online, or both.")
            errors["venue_name"] = errors["online_joining"] = message
        if errors:
            raise ValidationError(errors)

    @property
    def is_past(self):
        return self.ends_at < timezone.now()

    @property
    def has_venue(self):
        return bool(self.venue_name.strip() or self.venue_address.strip())

    @property
    def when(self):
        """'Tuesday 3 March 2027, 6pm to 8pm', in UK time."""
        return format_when(self.starts_at, self.ends_at)

    @property
    def where(self):
        """Where to go, in a few words for lists: the venue's name, or "Online"."""
        if not self.has_venue:
            return _("Online")
        venue = self.venue_name.strip() or self.venue_address.strip().splitlines()[0]
        if self.online_joining.strip():
            return _("%(venue)s, or online") % {"venue": venue}
        return venue

    @property
    def full_location(self):
        """The venue's name and address on one line, for calendar apps and maps."""
        if not self.has_venue:
            return _("Online")
        lines = [self.venue_name, *self.venue_address.splitlines()]
        return ", ".join(line.strip() for line in lines if line.strip())

    def access_details(self):
        """What someone needs to know to get in and take part, as (question, answer) pairs, in
        words rather than icons. The page and the calendar file both use it. A venue's step-free
        access and hearing loop are always answered, because "no" matters as much as "yes"."""

        def yes_no(value):
            return _("Yes") if value else _("No")

        details = []
        if self.has_venue:
            details += [(_("Step-free access"), yes_no(self.step_free)), (_("Hearing loop"), yes_no(self.hearing_loop))]
        details.append((_("British Sign Language (BSL) interpreter"), yes_no(self.bsl_interpreter)))
        if self.interpreters:
            details.append((_("Other interpreters"), self.interpreters))
        if self.has_venue and self.parking:
            details.append((_("Parking"), self.parking))
        if self.has_venue and self.nearest_transport:
            details.append((_("Nearest bus or train"), self.nearest_transport))
        return details

    # Wagtail serves only addresses made of letters, digits, hyphens and slashes, so the
    # calendar file lives at calendar/ and gets its .ics name from the download headers.
    @path("calendar/", name="ics")
    def ics(self, request):
        return event_calendar_response(self, request)
