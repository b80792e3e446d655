"""Service changes in the site search."""

from django.utils.translation import gettext_lazy

from search.kinds import PAGES, Kind, published_on, register

from .models import ServiceChangeIndexPage, ServiceChangePage


def register_search_kinds():
    """Called when the app is ready."""
    register(
        Kind(
            "service-change",
            gettext_lazy("Service change"),
            gettext_lazy("Service changes"),
            PAGES,
            published_on,
            (ServiceChangePage,),
            listing=ServiceChangeIndexPage,
            order=20,
        )
    )
