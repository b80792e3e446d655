"""Searches that found nothing, counted by day, so the engagement team can see what people
look for on the site and cannot find.

Wagtail's own `Query` and `QueryDailyHits` (wagtail.contrib.search_promotions) count every
search; this counts the ones with no results beside them. Only the words searched for are
kept: no IP address, account or other detail about the person searching.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import Query


class NoResultsDailyHits(models.Model):
    """How many times on one day a query was searched for and nothing was found. Deleted with
    its query when Wagtail's `searchpromotions_garbage_collect` removes old queries."""

    query = models.ForeignKey(Query, on_delete=models.CASCADE, related_name="no_results_daily_hits")
    date = models.DateField()
    hits = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["query", "date"], name="search_no_results_one_row_a_day")]
        verbose_name = _("search with no results")
        verbose_name_plural = _("searches with no results")

    def __str__(self):
        return f"{self.query} ({self.date}): {self.hits}"

    @classmethod
    def add_hit(cls, query):
        """Count one more search for `query` today, in the database, so that two searches at
        the same moment both count."""
        row, _created = cls.objects.get_or_create(query=query, date=timezone.localdate())
        cls.objects.filter(pk=row.pk).update(hits=models.F("hits") + 1)
