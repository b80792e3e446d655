"""Wagtail's user admin, adjusted for e-mail login and display names, and the log of deleted
accounts."""

from django.contrib.auth.models import Permission
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from .forms import AdminUserCreationForm, AdminUserEditForm
from .models import ErasureRecord


class UserViewSet(WagtailUserViewSet):
    create_template_name = "people/admin/user_create.html"
    edit_template_name = "people/admin/user_edit.html"

    def get_form_class(self, for_update=False):
        return AdminUserEditForm if for_update else AdminUserCreationForm


class ErasureRecordIndexView(IndexView):
    any_permission_required = ["view"]
    default_ordering = "-erased_at"


class ErasureRecordViewSet(ModelViewSet):
    """Reports > Deleted accounts: the log of erased accounts (people.models.ErasureRecord),
    as evidence that we do what the privacy notice says. Read only: nobody adds, changes or
    deletes a record here. Seeing it needs "Can view erased account", which people/roles.py
    gives the Engagement leads (superusers have it too). It names nobody."""

    model = ErasureRecord
    icon = "bin"
    menu_label = _("Deleted accounts")
    name = "erased_accounts"
    url_prefix = "reports/deleted-accounts"
    add_to_admin_menu = False
    copy_view_enabled = False
    inspect_view_enabled = False
    index_view_class = ErasureRecordIndexView
    list_display = [
        Column("erased_at", label=_("When")),
        Column("reason", label=_("Why"), accessor="get_reason_display"),
        Column("posts", label=_("Their forum posts"), accessor="get_posts_display"),
    ]
    list_filter = ["reason", "posts"]

    def get_common_view_kwargs(self, **kwargs):
        no_such_views = ("add", "edit", "delete", "history", "usage")
        return super().get_common_view_kwargs(**kwargs) | {f"{name}_url_name": None for name in no_such_views}

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
        ]

    def get_permissions_to_register(self):
        """Settings > Groups offers the one permission this list uses."""
        return Permission.objects.filter(content_type__app_label="people", codename="view_erasurerecord")
