from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from .kinds import register_page_kinds
        from .posts import register_forum_kinds

        register_page_kinds()
        register_forum_kinds()
