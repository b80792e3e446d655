"""The admin report "Searches with no results", which tells the engagement team what people
look for and cannot find."""

import datetime
import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query

from demo.factories.people import UserFactory
from search.models import NoResultsDailyHits

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/searches-with-no-results/"


def no_results(query, hits, days_ago=0):
    NoResultsDailyHits.objects.create(
        query=Query.get(query), date=timezone.localdate() - datetime.timedelta(days=days_ago), hits=hits
    )


def report_rows(response):
    """(search term, searches) for each row of the report's table."""
    html = response.content.decode()
    table = html[html.index('<table class="listing') :]
    table = table[: table.index("</table>")]
    cells = re.findall(r"<td[^>]*>\s*(.*?)\s*</td>", table, re.S)
    return [(cells[i], int(cells[i + 1])) for i in range(0, len(cells), 3)]


@pytest.fixture
def admin(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def test_report_lists_searches_that_found_nothing_most_frequent_first(admin):
    no_results("hovercraft", 2, days_ago=3)
    no_results("hovercraft", 5)
    no_results("late night pharmacy", 9, days_ago=1)
    no_results("abacus", 1)

    rows = report_rows(admin.get(REPORT))

    assert rows == [("late night pharmacy", 9), ("hovercraft", 7), ("abacus", 1)]


def test_report_counts_only_the_days_chosen(admin):
    no_results("hovercraft", 2, days_ago=10)
    no_results("hovercraft", 5)
    since = (timezone.localdate() - datetime.timedelta(days=2)).isoformat()

    assert report_rows(admin.get(REPORT, {"date_from": since})) == [("hovercraft", 5)]


def test_report_downloads_as_a_spreadsheet(admin):
    no_results("hovercraft", 3)

    response = admin.get(REPORT, {"export": "csv"})

    assert b"Search term(s),Searches,Last searched" in b"".join(response.streaming_content)


def test_report_is_in_the_reports_menu_for_those_allowed_to_see_it(client):
    editor = UserFactory()
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert client.get(REPORT).status_code in (302, 403)
    assert "Searches with no results" not in client.get("/admin/").content.decode()

    editor.groups.first().permissions.add(
        Permission.objects.get(content_type__app_label="search", codename="view_noresultsdailyhits")
    )
    assert client.get(REPORT).status_code == 200
    assert "Searches with no results" in client.get("/admin/").content.decode()
