"""The reach report in the Wagtail admin, and its CSV download, for engagement leads only
(the "Can see the reach report" permission)."""

import csv

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import HeaderButton

from core.spreadsheets import neutralise_formula

from .models import Occasion
from .reach import build_reach_report, csv_rows, financial_years

VIEW_REACH_REPORT = "equality.view_reach_report"
EDIT_POPULATION = "equality.change_localpopulation"


def year_label(year):
    return _("April %(start)s to March %(end)s") % {"start": year, "end": year + 1}


class ReachFilterForm(forms.Form):
    occasion = forms.TypedChoiceField(label=gettext_lazy("Who took part"), required=False, coerce=int, empty_value=None)
    year = forms.TypedChoiceField(label=gettext_lazy("When"), required=False, coerce=int, empty_value=None)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        occasions = Occasion.objects.filter(answer_sets__isnull=False).distinct().order_by("kind", "title")
        self.fields["occasion"].choices = [
            ("", _("Everyone who filled in the form")),
            *((occasion.pk, str(occasion)) for occasion in occasions),
        ]
        self.fields["year"].choices = [("", _("Any time")), *((year, year_label(year)) for year in financial_years())]

    def selection(self):
        """The chosen occasion (or None for all) and year (or None for any), and how to say it."""
        data = self.cleaned_data if self.is_valid() else {}
        occasion = Occasion.objects.filter(pk=data.get("occasion")).first() if data.get("occasion") else None
        year = data.get("year")
        who = str(occasion) if occasion else _("Everyone who filled in the form")
        return occasion, year, f"{who}, {year_label(year) if year else _('any time')}"


class ReachReportView(WagtailAdminTemplateMixin, TemplateView):
    page_title = gettext_lazy("Reach report")
    header_icon = "group"
    template_name = "equality/admin/reach_report.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(VIEW_REACH_REPORT):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        self.filters = ReachFilterForm(request.GET)
        self.occasion, self.year, self.described = self.filters.selection()
        self.report = build_reach_report(self.occasion, self.year)
        if request.GET.get("export") == "csv":
            return self.csv()
        return super().get(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": _("Reports")}, {"url": "", "label": self.page_title}]

    def get_header_buttons(self):
        params = self.request.GET.copy()
        params["export"] = "csv"
        buttons = [
            HeaderButton(_("Download CSV"), url=f"{self.request.path}?{params.urlencode()}", icon_name="download")
        ]
        if self.request.user.has_perm(EDIT_POPULATION):
            url = reverse("wagtailsettings:edit", args=["equality", "localpopulation"])
            buttons.append(HeaderButton(_("Population figures"), url=url, icon_name="edit"))
        return buttons

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "filters": self.filters,
            "report": self.report,
            "described": self.described,
        }

    def csv(self):
        name = slugify(f"reach report {self.described}")
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
        writer = csv.writer(response)
        for row in csv_rows(self.report, self.described):
            writer.writerow([neutralise_formula(cell) for cell in row])
        return response
