"""The home page and content pages in the site search, as "Information pages"."""

from django.utils.translation import gettext_lazy

from search.kinds import PAGES, Kind, published_on, register

from .models import ContentPage, HomePage


def register_search_kinds():
    """Called when the app is ready. After the rooms' own pages in the search filter."""
    register(
        Kind(
            "information",
            gettext_lazy("Information page"),
            gettext_lazy("Information pages"),
            PAGES,
            published_on,
            (HomePage, ContentPage),
            order=60,
        )
    )
