"""The forum in the Wagtail admin: categories as snippets, the moderation queue and member
pages (`forum/admin/`) with their menu item, Site history for moderators, and the names of
moderation actions in the audit log. (The safeguarding list is moderation/wagtail_hooks.py's.)"""

from django.urls import include, path, reverse
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.dates import format_date
from moderation import queue as shared_queue

from .admin import urls as admin_urls
from .models import Category
from .permissions import can_moderate


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "folder-open-inverse"
    menu_label = _("Forum categories")
    list_display = ["name", "description"]


register_snippet(CategoryViewSet)


@hooks.register("register_admin_urls")
def register_moderation_urls():
    return [path("", include(admin_urls))]


class ModerationMenuItem(MenuItem):
    """The queue in the main menu, with how many items of every kind wait in it, for
    moderators only. The label is short because the sidebar cuts labels off after about 16
    letters, which would hide the number."""

    def is_shown(self, request):
        return can_moderate(request.user)

    def render_component(self, request):
        component = super().render_component(request)
        waiting = shared_queue.waiting_count(request.user)
        if waiting:
            component.label = gettext("Moderation (%(count)s)") % {"count": waiting}
        return component


@hooks.register("register_admin_menu_item")
def register_moderation_menu_item():
    return ModerationMenuItem(
        _("Moderation"), reverse("forum_queue"), name="forum-moderation", icon_name="comment", order=250
    )


@hooks.register("construct_reports_menu")
def show_site_history_to_moderators(request, menu_items):
    """Wagtail lists Reports > Site history only for people with page permissions.
    Moderators have none, yet every moderation decision is logged there, so they get it too
    (the report shows each person only the entries their permissions allow)."""
    if can_moderate(request.user) and not any(item.name == "site-history" for item in menu_items):
        menu_items.append(
            MenuItem(
                _("Site history"),
                reverse("wagtailadmin_reports:site_history"),
                name="site-history",
                icon_name="history",
                order=1000,
            )
        )


class RemovalFormatter(LogFormatter):
    label = _("Remove forum post")

    def format_message(self, log_entry):
        rule = log_entry.data.get("rule")
        if rule:
            return gettext("Removed forum post for breaking “%(rule)s”") % {"rule": rule}
        return gettext("Removed forum post")


class SuspensionFormatter(LogFormatter):
    label = _("Suspend member")

    def format_message(self, log_entry):
        until = parse_datetime(log_entry.data.get("until") or "")
        if until:
            return gettext("Suspended member from the forum until %(date)s") % {"date": format_date(until)}
        return gettext("Suspended member from the forum")


class LiftFormatter(LogFormatter):
    label = _("Lift forum suspension or ban")

    def format_message(self, log_entry):
        if log_entry.data.get("was") == "ban":
            return gettext("Lifted forum ban: the member can post again")
        return gettext("Lifted forum suspension: the member can post again")


@hooks.register("register_log_actions")
def register_forum_log_actions(actions):
    actions.register_action("forum.approve", _("Approve forum post"), _("Approved forum post"))
    actions.register_action("forum.remove")(RemovalFormatter)
    actions.register_action("forum.dismiss", _("Dismiss reports"), _("Dismissed reports on forum post"))
    actions.register_action("forum.suspend")(SuspensionFormatter)
    actions.register_action("forum.ban", _("Ban member"), _("Banned member from the forum"))
    actions.register_action("forum.lift")(LiftFormatter)
