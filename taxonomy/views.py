"""Topics, places and services in the admin. The menu that holds them, "Engagement labels", also holds
the jargon list, so the room above both of them registers it (consultations/wagtail_hooks.py)."""

from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Place, Service, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class PlaceViewSet(SnippetViewSet):
    model = Place
    icon = "site"
    list_display = ["name", "slug", "covers_whole_area"]
    search_fields = ["name"]


class ServiceViewSet(SnippetViewSet):
    model = Service
    icon = "cogs"
    list_display = ["name", "place", "topic"]
    list_filter = ["place", "topic"]
    search_fields = ["name"]
