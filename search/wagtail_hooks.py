"""Admin wiring: the "Searches with no results" report under Reports, for people allowed to
see it (superusers, and any group given "Can view search with no results")."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .reports import NoResultsReportView

VIEW_PERMISSION = "search.view_noresultsdailyhits"


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("reports/searches-with-no-results/", NoResultsReportView.as_view(), name="search_no_results"),
        path(
            "reports/searches-with-no-results/results/",
            NoResultsReportView.as_view(results_only=True),
            name="search_no_results_results",
        ),
    ]


class NoResultsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_no_results_menu_item():
    return NoResultsMenuItem(
        _("Searches with no results"),
        reverse("search_no_results"),
        name="searches-with-no-results",
        icon_name="search",
        order=1310,
    )


@hooks.register("register_permissions")
def register_permissions():
    """Let administrators give a group the report in Settings, Groups."""
    return Permission.objects.filter(content_type__app_label="search", codename="view_noresultsdailyhits")
