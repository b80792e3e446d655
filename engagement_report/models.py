"""The yearly engagement report: evidence that we involved people and reported back."""

import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page, Site
from wagtail.search import index

from core.models import SitePage
from search.kinds import KindNamedInIndex

from .reporting import build_report


class EngagementReportPage(KindNamedInIndex, SitePage):
    """A report for one financial year (April to March) that assembles itself from live data:
    every consultation, how many took part and how, and what we did as a result."""

    year_starting = models.PositiveIntegerField(
        help_text=_("The year the report starts in. 2026 means 1 April 2026 to 31 March 2027.")
    )
    introduction = models.TextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("year_starting"), FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    subpage_types = []

    class Meta:
        verbose_name = _("engagement report")

    @property
    def period(self):
        return datetime.date(self.year_starting, 4, 1), datetime.date(self.year_starting + 1, 3, 31)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["report"] = build_report(*self.period, site=Site.find_for_request(request))
        return context
