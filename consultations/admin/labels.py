"""The "Engagement labels" menu: topics, places and services (taxonomy) and the jargon list
(plain_language). Those rooms sit below this one and know nothing of each other, so the menu
that puts their snippets side by side is registered here."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from plain_language.views import JargonTermViewSet
from taxonomy.views import PlaceViewSet, ServiceViewSet, TopicViewSet


class EngagementLabelsGroup(SnippetViewSetGroup):
    menu_label = "Engagement labels"
    menu_icon = "tag"
    items = (TopicViewSet, PlaceViewSet, ServiceViewSet, JargonTermViewSet)


register_snippet(EngagementLabelsGroup)
