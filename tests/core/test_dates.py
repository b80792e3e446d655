"""Dates for people, written one way everywhere, and dates for machines in the form the HTML
standard accepts."""

import datetime

from django.template import Context, Template

from core.dates import format_date, format_date_and_time, format_month

UTC = datetime.UTC


def render(template, **context):
    return Template("{% load date_tags %}" + template).render(Context(context))


def test_a_moment_is_written_in_uk_time_with_its_weekday_and_a_capital_month():
    late_summer_evening = datetime.datetime(2027, 6, 30, 23, 30, tzinfo=UTC)

    assert format_date(late_summer_evening) == "Thursday 1 July 2027"
    assert format_date_and_time(late_summer_evening) == "Thursday 1 July 2027, 12:30am"


def test_a_plain_date_is_written_the_same_way():
    assert format_date(datetime.date(2027, 3, 5)) == "Friday 5 March 2027"
    assert render("{{ day|uk_date }}", day=datetime.date(2027, 3, 5)) == "Friday 5 March 2027"
    assert format_month(datetime.date(2027, 3, 5)) == "March 2027"


def test_time_elements_get_a_datetime_the_html_standard_accepts():
    """At most three digits of a second: Django's 'c' format wrote six, an HTML error."""
    moment = datetime.datetime(2027, 6, 30, 17, 5, 9, 123456, tzinfo=UTC)

    assert render("{{ moment|machine_datetime }}", moment=moment) == "2027-06-30T18:05:09+01:00"
    assert render("{{ day|machine_datetime }}", day=datetime.date(2027, 3, 5)) == "2027-03-05"
    assert render("{{ nothing|machine_datetime }}", nothing=None) == ""
