"""The consultations room's pages in the site search: the kinds the search filter offers, with
the date each one's results show, and the listing to browse for each."""

from operator import attrgetter

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.dates import format_date_and_time
from search.kinds import PAGES, Kind, published_on, register

from .models import (
    ConsultationIndexPage,
    ConsultationPage,
    EngagementReportPage,
    EventIndexPage,
    EventPage,
    OutcomeIndexPage,
    OutcomePage,
    ServiceChangeIndexPage,
    ServiceChangePage,
)


def consultation_dates(consultation):
    now = timezone.now()
    if now < consultation.opens_at:
        return _("Opens %(when)s") % {"when": format_date_and_time(consultation.opens_at)}
    if now < consultation.closes_at:
        return _("Closes %(when)s") % {"when": format_date_and_time(consultation.closes_at)}
    return _("Closed %(when)s") % {"when": format_date_and_time(consultation.closes_at)}


def register_search_kinds():
    """Called when the app is ready. The first kinds in the search filter."""
    for kind in [
        Kind(
            "consultation",
            gettext_lazy("Consultation"),
            gettext_lazy("Consultations"),
            PAGES,
            consultation_dates,
            (ConsultationPage,),
            listing=ConsultationIndexPage,
            order=10,
        ),
        Kind(
            "service-change",
            gettext_lazy("Service change"),
            gettext_lazy("Service changes"),
            PAGES,
            published_on,
            (ServiceChangePage,),
            listing=ServiceChangeIndexPage,
            order=20,
        ),
        Kind(
            "outcome",
            gettext_lazy("You said, we did"),
            gettext_lazy("You said, we did"),
            PAGES,
            published_on,
            (OutcomePage,),
            listing=OutcomeIndexPage,
            order=30,
        ),
        Kind(
            "event",
            gettext_lazy("Event"),
            gettext_lazy("Events"),
            PAGES,
            attrgetter("when"),
            (EventPage,),
            listing=EventIndexPage,
            order=40,
        ),
        Kind(
            "report",
            gettext_lazy("Engagement report"),
            gettext_lazy("Engagement reports"),
            PAGES,
            published_on,
            (EngagementReportPage,),
            order=50,
        ),
    ]:
        register(kind)
