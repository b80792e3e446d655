"""The admin's list of e-mails that have not gone: Reports > E-mails not sent.

An e-mail that failed is retried by `send_pending_notifications` (from cron) up to
MAX_ATTEMPTS times; this list lets staff see what is waiting and why, and send one again at
once after the mail server is fixed. It shows who each e-mail is to, what it is for and the
last error, never the body: an account e-mail's body holds a link that logs someone in until
it has gone. Sent e-mails are not listed: this is not a record of everyone we wrote to.

Seeing the list needs "Can view notification", which people/roles.py gives the Publishers
(superusers have it too). Sending again needs nothing more: it only sends an e-mail the site
already owes, unchanged.
"""

import django_filters
from django.contrib import messages
from django.contrib.auth.models import Permission
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from .models import Notification
from .sending import MAX_ATTEMPTS
from .tasks import send_notification

STATUSES = {
    "queued": (_("Not tried yet"), Q(attempts=0)),
    "retrying": (_("Failed, will be tried again"), Q(attempts__gt=0, attempts__lt=MAX_ATTEMPTS)),
    "given_up": (_("Failed, no more tries"), Q(attempts__gte=MAX_ATTEMPTS)),
}


def status(notification):
    if notification.attempts == 0:
        return STATUSES["queued"][0]
    return STATUSES["retrying" if notification.attempts < MAX_ATTEMPTS else "given_up"][0]


class UnsentFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[(value, label) for value, (label, _query) in STATUSES.items()],
        method="filter_status",
        empty_label=_("Any"),
    )

    def filter_status(self, queryset, name, value):
        return queryset.filter(STATUSES[value][1])

    class Meta:
        model = Notification
        fields = []


class RetryColumn(Column):
    cell_template_name = "notifications/admin/retry_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        return super().get_cell_context_data(instance, parent_context) | {"retry_url_name": self.accessor}


class UnsentIndexView(IndexView):
    any_permission_required = ["view"]
    default_ordering = "-created_at"
    filterset_class = UnsentFilterSet

    def get_base_queryset(self):
        return super().get_base_queryset().filter(sent_at=None)


class UnsentEmailViewSet(ModelViewSet):
    """Only the list and the retry action: nobody edits, adds or deletes an e-mail here."""

    model = Notification
    icon = "mail"
    menu_label = _("E-mails not sent")
    name = "unsent_emails"
    url_prefix = "reports/unsent-emails"
    add_to_admin_menu = False
    copy_view_enabled = False
    index_view_class = UnsentIndexView

    @property
    def list_display(self):
        return [
            Column("to", label=_("To")),
            Column("purpose", label=_("What for")),
            Column("subject", label=_("Subject")),
            Column("status", label=_("Status"), accessor=status),
            Column("attempts", label=_("Tries")),
            Column("last_error", label=_("Last error")),
            Column("created_at", label=_("Queued")),
            RetryColumn("retry", label=_("Send again"), accessor=self.get_url_name("retry")),
        ]

    def get_common_view_kwargs(self, **kwargs):
        no_such_views = ("add", "edit", "delete", "history", "usage")
        return super().get_common_view_kwargs(**kwargs) | {f"{name}_url_name": None for name in no_such_views}

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("retry/<int:pk>/", self.retry_view, name="retry"),
        ]

    @property
    def retry_view(self):
        index_url_name = self.get_url_name("index")
        policy = self.permission_policy

        @require_POST
        def retry(request, pk):
            if not policy.user_has_permission(request.user, "view"):
                return redirect("wagtailadmin_home")
            notification = get_object_or_404(Notification, pk=pk, sent_at=None)
            send_notification.enqueue(notification.pk)
            messages.success(request, _("Sending the e-mail to %(to)s again.") % {"to": notification.to})
            return redirect(index_url_name)

        return retry

    def get_permissions_to_register(self):
        """Settings > Groups offers the one permission this list uses."""
        return Permission.objects.filter(content_type__app_label="notifications", codename="view_notification")
