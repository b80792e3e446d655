"""Engagement reports in the site search."""

from django.utils.translation import gettext_lazy

from search.kinds import PAGES, Kind, published_on, register

from .models import EngagementReportPage


def register_search_kinds():
    """Called when the app is ready."""
    register(
        Kind(
            "report",
            gettext_lazy("Engagement report"),
            gettext_lazy("Engagement reports"),
            PAGES,
            published_on,
            (EngagementReportPage,),
            order=50,
        )
    )
