"""Events in the site search; each result shows when the event is."""

from operator import attrgetter

from django.utils.translation import gettext_lazy

from search.kinds import PAGES, Kind, register

from .models import EventIndexPage, EventPage


def register_search_kinds():
    """Called when the app is ready."""
    register(
        Kind(
            "event",
            gettext_lazy("Event"),
            gettext_lazy("Events"),
            PAGES,
            attrgetter("when"),
            (EventPage,),
            listing=EventIndexPage,
            order=40,
        )
    )
