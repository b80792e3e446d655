"""Admin wiring: the People Bank in the admin menu for engagement leads only."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .staff import VIEW_ENTRIES, AccessLogView, EntryListView, EntryView


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("people-bank/", EntryListView.as_view(), name="people_bank_entries"),
        path("people-bank/access-log/", AccessLogView.as_view(), name="people_bank_access_log"),
        path("people-bank/<int:pk>/", EntryView.as_view(), name="people_bank_entry"),
    ]


class LeadsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_ENTRIES)


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return LeadsMenuItem(
        _("People Bank"), reverse("people_bank_entries"), name="people-bank", icon_name="group", order=450
    )
