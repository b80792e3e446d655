from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = "Events"

    def ready(self):
        from core import published
        from notifications.announcements import register_source

        from .models import EventPage
        from .search_kinds import register_search_kinds

        register_search_kinds()
        # An event is announced when it is first published, if it is still to come.
        register_source(EventPage, lambda pages, now: published.public(pages.filter(ends_at__gte=now)))
