"""The People Bank in the Wagtail admin, for engagement leads only ("Can view People Bank
entry"): list and filter confirmed entries, counts by topic, area and way to take part, one
entry's record, a CSV export, and the access log. Every list, record and export is logged."""

import csv

from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import HeaderButton

from core.spreadsheets import neutralise_formula
from taxonomy.models import Place, Topic

from .models import AccessLogEntry, Entry, EntryWay, Way

VIEW_ENTRIES = "people_bank.view_entry"


class EntryFilter(forms.Form):
    topic = forms.ModelChoiceField(Topic.objects.all(), required=False, label=gettext_lazy("Topic"))
    place = forms.ModelChoiceField(Place.objects.all(), required=False, label=gettext_lazy("Place"))
    way = forms.ChoiceField(choices=[("", "---------"), *Way.choices], required=False, label=gettext_lazy("Way"))
    paused = forms.ChoiceField(
        choices=[("", _("All")), ("no", _("Active")), ("yes", _("Paused"))],
        required=False,
        label=gettext_lazy("Status"),
    )

    def entries(self):
        entries = Entry.objects.confirmed().select_related("place").order_by("name")
        if not self.is_valid():
            return entries
        data = self.cleaned_data
        if data["topic"]:
            entries = entries.filter(topics=data["topic"])
        if data["place"]:
            entries = entries.filter(place=data["place"])
        if data["way"]:
            entries = entries.filter(way_set__way=data["way"])
        if data["paused"]:
            entries = entries.filter(paused=data["paused"] == "yes")
        return entries.distinct()

    def described(self):
        """The filter as the lead chose it, in words ("Way: Events and drop-in sessions"), for the log."""
        if not self.is_valid():
            return ""
        return "; ".join(
            f"{self.fields[name].label}: {self.in_words(name, value)}"
            for name, value in self.cleaned_data.items()
            if value
        )

    def in_words(self, name, value):
        choices = getattr(self.fields[name], "choices", None)
        if isinstance(self.fields[name], forms.ModelChoiceField) or choices is None:
            return value
        return dict(choices).get(value, value)


class LeadsOnly(WagtailAdminTemplateMixin, TemplateView):
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(VIEW_ENTRIES):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def log(self, action, filter="", entry_number=None):
        AccessLogEntry.objects.create(
            who=self.request.user, action=action, filter=filter[:500], entry_number=entry_number
        )


class EntryListView(LeadsOnly):
    page_title = gettext_lazy("People Bank")
    template_name = "people_bank/admin/entries.html"

    def get(self, request, *args, **kwargs):
        self.filters = EntryFilter(request.GET)
        self.entries = self.filters.entries()
        if request.GET.get("export") == "csv":
            self.log(AccessLogEntry.Action.EXPORT, self.filters.described())
            return self.csv()
        self.log(AccessLogEntry.Action.LIST, self.filters.described())
        return super().get(request, *args, **kwargs)

    def get_header_buttons(self):
        params = self.request.GET.copy()
        params["export"] = "csv"
        return [
            HeaderButton(_("Download CSV"), url=f"{self.request.path}?{params.urlencode()}", icon_name="download"),
            HeaderButton(_("Access log"), url="access-log/", icon_name="history"),
        ]

    def get_context_data(self, **kwargs):
        ids = self.entries.values("pk")
        by_way = dict(EntryWay.objects.filter(entry__in=ids).values_list("way").annotate(n=Count("id")))
        return {
            **super().get_context_data(**kwargs),
            "filters": self.filters,
            "entries": self.entries,
            "by_topic": Entry.topics.through.objects.filter(entry__in=ids)
            .values_list("topic__name")
            .annotate(n=Count("id"))
            .order_by("topic__name"),
            "by_area": Entry.objects.filter(pk__in=ids)
            .values_list("place__name", "postcode_district")
            .annotate(n=Count("id"))
            .order_by("place__name", "postcode_district"),
            "by_way": [(way.label, by_way.get(way.value, 0)) for way in Way],
        }

    def csv(self):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="people-bank.csv"'
        writer = csv.writer(response)
        writer.writerow(
            [_("Name"), _("E-mail"), _("Phone"), _("Place"), _("Postcode district"), _("Topics"), _("Ways")]
            + [_("Access needs"), _("Format"), _("Language"), _("Paused")]
        )
        for entry in self.entries.prefetch_related("topics", "way_set"):
            row = [entry.name, entry.email, entry.phone, entry.place or "", entry.postcode_district]
            row += ["; ".join(map(str, entry.topics.all())), "; ".join(map(str, entry.way_set.all()))]
            row += [entry.access_needs, entry.get_preferred_format_display(), entry.language, entry.paused]
            writer.writerow([neutralise_formula(str(cell)) for cell in row])
        return response


class EntryView(LeadsOnly):
    page_title = gettext_lazy("People Bank entry")
    template_name = "people_bank/admin/entry.html"

    def get(self, request, *args, pk, **kwargs):
        self.entry = get_object_or_404(Entry.objects.confirmed(), pk=pk)
        self.log(AccessLogEntry.Action.RECORD, entry_number=self.entry.pk)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        invitations = self.entry.invitations.select_related("announcement__page").order_by("-created_at")
        return {**super().get_context_data(**kwargs), "entry": self.entry, "invitations": invitations}


class AccessLogView(LeadsOnly):
    page_title = gettext_lazy("People Bank access log")
    template_name = "people_bank/admin/access_log.html"

    def get_context_data(self, **kwargs):
        log = AccessLogEntry.objects.select_related("who")[:500]
        return {**super().get_context_data(**kwargs), "log": log}
