from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home page and content pages"

    def ready(self):
        from .search_kinds import register_search_kinds

        register_search_kinds()
