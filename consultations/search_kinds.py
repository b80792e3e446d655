"""Consultations in the site search: each result shows when it opens, closes or closed, and the
finder is the listing to browse."""

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.dates import format_date_and_time
from search.kinds import PAGES, Kind, register

from .models import ConsultationIndexPage, ConsultationPage


def consultation_dates(consultation):
    now = timezone.now()
    if now < consultation.opens_at:
        return _("Opens %(when)s") % {"when": format_date_and_time(consultation.opens_at)}
    if now < consultation.closes_at:
        return _("Closes %(when)s") % {"when": format_date_and_time(consultation.closes_at)}
    return _("Closed %(when)s") % {"when": format_date_and_time(consultation.closes_at)}


def register_search_kinds():
    """Called when the app is ready. The first kind in the search filter."""
    register(
        Kind(
            "consultation",
            gettext_lazy("Consultation"),
            gettext_lazy("Consultations"),
            PAGES,
            consultation_dates,
            (ConsultationPage,),
            listing=ConsultationIndexPage,
            order=10,
        )
    )
