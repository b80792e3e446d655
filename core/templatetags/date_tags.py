"""Template filters for dates: {{ value|uk_date }} and {{ value|uk_datetime }} for people to read,
{{ value|machine_datetime }} for the `datetime` attribute of a <time> element."""

import datetime

from django import template
from django.utils import timezone

from core.dates import format_date, format_date_and_time

register = template.Library()


@register.filter
def uk_date(value):
    return format_date(value) if value else ""


@register.filter
def uk_datetime(value):
    return format_date_and_time(value) if value else ""


@register.filter
def machine_datetime(value):
    """ISO 8601 in UK time to the second, or a plain date: the HTML standard allows at most three
    digits of a second, and Django's 'c' format writes six."""
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).replace(microsecond=0).isoformat()
    return value.isoformat()
