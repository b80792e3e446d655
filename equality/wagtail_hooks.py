"""Admin wiring: the reach report under Reports, for those allowed to see it, and its permission
in Settings > Groups. The local population is a setting (models.LocalPopulation)."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .reports import VIEW_REACH_REPORT, ReachReportView


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("reports/reach/", ReachReportView.as_view(), name="equality_reach_report")]


class ReachReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_REACH_REPORT)


@hooks.register("register_reports_menu_item")
def register_reach_report_menu_item():
    return ReachReportMenuItem(
        _("Reach report"), reverse("equality_reach_report"), name="reach-report", icon_name="group", order=1320
    )


@hooks.register("register_permissions")
def register_permissions():
    """Let administrators give a group the report and the population figures in Settings, Groups."""
    return Permission.objects.filter(
        content_type__app_label="equality", codename__in=["view_reach_report", "change_localpopulation"]
    )
