""" "You said, we did" pages in the site search."""

from django.utils.translation import gettext_lazy

from search.kinds import PAGES, Kind, published_on, register

from .models import OutcomeIndexPage, OutcomePage


def register_search_kinds():
    """Called when the app is ready."""
    register(
        Kind(
            "outcome",
            gettext_lazy("You said, we did"),
            gettext_lazy("You said, we did"),
            PAGES,
            published_on,
            (OutcomePage,),
            listing=OutcomeIndexPage,
            order=30,
        )
    )
