from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """The search page and its registry of kinds (search/kinds.py), which each room fills
    with its own when it is ready."""

    name = "search"
    verbose_name = _("Search")
