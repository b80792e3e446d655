from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = "Events"

    def ready(self):
        from .search_kinds import register_search_kinds

        register_search_kinds()
