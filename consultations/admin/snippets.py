"""Topics, places and jargon terms: labels editors manage in the admin's Snippets menu."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from consultations.models import JargonTerm, Place, Topic


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


class JargonTermViewSet(SnippetViewSet):
    model = JargonTerm
    icon = "help"
    list_display = ["term", "plain_alternative"]
    search_fields = ["term", "plain_alternative"]


class EngagementLabelsGroup(SnippetViewSetGroup):
    menu_label = "Engagement labels"
    menu_icon = "tag"
    items = (TopicViewSet, PlaceViewSet, JargonTermViewSet)


register_snippet(EngagementLabelsGroup)
