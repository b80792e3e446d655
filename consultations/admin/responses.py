"""Responses in the admin: who may read them, keying in paper and event responses, exports.

Reading and exporting responses is for engagement leads (the Publishers group), not for
every editor: answers can carry personal stories. Contact details are left out of exports
unless the exporter asks for them and holds the permission to see them.
"""

import datetime

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.auth import PermissionPolicyChecker
from wagtail.admin.widgets import Button
from wagtail.contrib.forms.views import SubmissionsListView
from wagtail.permission_policies import ModelPermissionPolicy

from consultations.forms import KeyedInResponseForm
from consultations.models import ConsultationPage, ConsultationResponse, EasyReadPage
from consultations.recording import record_response

READ_RESPONSES = "consultations.view_consultationresponse"
KEY_IN_RESPONSES = "consultations.add_consultationresponse"
EXPORT_CONTACT_DETAILS = "consultations.view_contact_details"


@hooks.register("filter_form_submissions_for_user")
def only_engagement_leads_read_responses(user, editable_forms):
    if user.has_perm(READ_RESPONSES):
        # An easy read version stores its answers with its consultation: nothing to list of its own.
        return editable_forms.not_type(EasyReadPage)
    return editable_forms.none()


def uk_time(value):
    """A moment as people in the UK read a clock, to the second: UK time, no microseconds,
    no offset."""
    return timezone.localtime(value).replace(microsecond=0, tzinfo=None)


class ConsultationSubmissionsListView(SubmissionsListView):
    """Wagtail's submissions listing and export, with the channel and reference, and contact
    details only on request (`?include_contact=1`) for those allowed to see them."""

    custom_value_preprocess = {
        **SubmissionsListView.custom_value_preprocess,
        datetime.datetime: {
            SubmissionsListView.FORMAT_CSV: lambda value: uk_time(value).isoformat(" "),
            SubmissionsListView.FORMAT_XLSX: uk_time,
        },
    }

    def dispatch(self, request, *args, **kwargs):
        form_page = kwargs["form_page"]
        form_page.include_contact = request.GET.get("include_contact") == "1" and request.user.has_perm(
            EXPORT_CONTACT_DETAILS
        )
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("outcome_subscription")

    @cached_property
    def header_more_buttons(self):
        """Beside Wagtail's downloads, one that includes contact details, for those allowed."""
        buttons = super().header_more_buttons
        if self.request.user.has_perm(EXPORT_CONTACT_DETAILS):
            params = self.request.GET.copy()
            params.update({"export": "csv", "include_contact": "1"})
            buttons.append(
                Button(
                    gettext_lazy("Download CSV with contact details"),
                    url=f"{self.request.path}?{params.urlencode()}",
                    icon_name="download",
                    priority=110,
                )
            )
        return buttons


@PermissionPolicyChecker(ModelPermissionPolicy(ConsultationResponse)).require("add")  # KEY_IN_RESPONSES
def key_in_response(request, page_id):
    """Staff type in a response that came on paper, at an event or by phone."""
    page = get_object_or_404(ConsultationPage, pk=page_id).specific
    form = page.get_keyed_in_form(request.POST or None, page=page, user=request.user)
    keyed_form = KeyedInResponseForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and keyed_form.is_valid():
        response, _created = record_response(
            page,
            form.cleaned_data,
            channel=keyed_form.cleaned_data["channel"],
            keyed_in_by=request.user,
            outcome_email=keyed_form.cleaned_data["hear_outcome_email"],
        )
        messages.success(
            request,
            _(
                "Response saved. How it reached us: %(channel)s. Its reference is %(reference)s. "
                "You can enter the next one now."
            )
            % {"channel": response.get_channel_display(), "reference": response.reference},
        )
        return redirect("consultations_key_in", page_id=page.pk)
    return TemplateResponse(
        request,
        "consultations/admin/key_in_response.html",
        {
            "page": page,
            "form": form,
            "keyed_form": keyed_form,
            "header_title": _("Enter a response: %(title)s") % {"title": page.title},
            "submissions_url": reverse("wagtailforms:list_submissions", args=[page.pk]),
            "paper_url": page.get_url(request) + page.reverse_subpage("paper"),
        },
    )


@hooks.register("register_admin_urls")
def key_in_urls():
    return [path("consultations/<int:page_id>/key-in/", key_in_response, name="consultations_key_in")]


@hooks.register("register_page_header_buttons")
def key_in_button(page, user, view_name, next_url=None):
    if isinstance(page.specific_deferred, ConsultationPage) and user.has_perm(KEY_IN_RESPONSES):
        yield Button(
            gettext_lazy("Enter a paper response"),
            reverse("consultations_key_in", args=[page.pk]),
            icon_name="doc-full",
            priority=25,
        )
