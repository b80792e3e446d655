"""The safeguarding word list in the admin, for moderators to keep."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import SafeguardingTerm


class SafeguardingTermViewSet(SnippetViewSet):
    model = SafeguardingTerm
    icon = "warning"
    menu_label = _("Safeguarding words")
    list_display = ["phrase"]
    search_fields = ["phrase"]


register_snippet(SafeguardingTermViewSet)
