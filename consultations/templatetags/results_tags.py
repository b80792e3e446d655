"""Counts of people as we publish them: small ones withheld (see consultations/results.py)."""

from django import template
from django.conf import settings

from consultations import results

register = template.Library()


@register.simple_tag
def results_threshold():
    """The smallest count of people we publish, to say so on the page."""
    return settings.RESULTS_MIN_COUNT


register.filter("published_count", results.published_count)
register.filter("too_few", results.too_few)


@register.filter
def any_withheld(bars):
    return any(bar.withheld for bar in bars)
