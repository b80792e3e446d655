"""The admin report "Searches with no results": what people looked for and did not find, most
often first, so editors can write the missing page or promote an existing one for those words
(Settings, "Promoted search results")."""

from django.db.models import F, Max, Sum
from django.utils.translation import gettext_lazy as _
from django_filters import DateFromToRangeFilter
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, NumberColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from core.dates import format_date

from .models import NoResultsDailyHits


class NoResultsFilterSet(WagtailFilterSet):
    date = DateFromToRangeFilter(label=_("Date"), field_name="date", widget=DateRangePickerWidget)

    class Meta:
        model = NoResultsDailyHits
        fields = []


class NoResultsReportView(ReportView):
    """One row per query, summing its days. The date filter narrows the days before they are
    added up, because it filters the table's own `date` column."""

    page_title = _("Searches with no results")
    header_icon = "search"
    permission_policy = ModelPermissionPolicy(NoResultsDailyHits)
    permission_required = "view"
    filterset_class = NoResultsFilterSet
    index_url_name = "search_no_results"
    index_results_url_name = "search_no_results_results"
    default_ordering = "-searches"
    columns = [
        Column("query_string", label=_("Search term(s)"), sort_key="query_string"),
        NumberColumn("searches", label=_("Searches"), sort_key="searches"),
        Column(
            "last_searched",
            label=_("Last searched"),
            sort_key="last_searched",
            accessor=lambda row: format_date(row["last_searched"]),
        ),
    ]
    list_export = ["query_string", "searches", "last_searched"]
    export_headings = {
        "query_string": _("Search term(s)"),
        "searches": _("Searches"),
        "last_searched": _("Last searched"),
    }

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "queryset": self.get_base_queryset()}

    def get_base_queryset(self):
        return (
            NoResultsDailyHits.objects.values(query_string=F("query__query_string"))
            .annotate(searches=Sum("hits"), last_searched=Max("date"))
            .order_by()
        )
