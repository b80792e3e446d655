"""The forum in the Wagtail admin: categories and the safeguarding list as snippets, and
the names of moderation actions in the audit log."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Category, SafeguardingTerm


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "folder-open-inverse"
    menu_label = _("Forum categories")
    list_display = ["name", "description"]


class SafeguardingTermViewSet(SnippetViewSet):
    model = SafeguardingTerm
    icon = "warning"
    menu_label = _("Safeguarding words")
    list_display = ["phrase"]
    search_fields = ["phrase"]


register_snippet(CategoryViewSet)
register_snippet(SafeguardingTermViewSet)


@hooks.register("register_log_actions")
def register_forum_log_actions(actions):
    actions.register_action("forum.approve", _("Approve forum post"), _("Approved forum post"))
    actions.register_action("forum.remove", _("Remove forum post"), _("Removed forum post"))
    actions.register_action("forum.dismiss", _("Dismiss reports"), _("Dismissed reports on forum post"))
    actions.register_action("forum.suspend", _("Suspend member"), _("Suspended member from the forum"))
    actions.register_action("forum.ban", _("Ban member"), _("Banned member from the forum"))
