"""Template filters for dates and times in UK style: {{ value|uk_date }}, {{ value|uk_datetime }}."""

from django import template

from home.dates import format_date, format_date_and_time

register = template.Library()


@register.filter
def uk_date(value):
    return format_date(value) if value else ""


@register.filter
def uk_datetime(value):
    return format_date_and_time(value) if value else ""
