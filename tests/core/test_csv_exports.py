"""What the public typed is never run as a formula when a CSV download from the admin is opened
in a spreadsheet: our reports and the ones Wagtail ships alike."""

import csv
import io

import pytest

from demo.factories.people import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def csv_rows(response):
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


@pytest.mark.parametrize(
    "report",
    [
        "/admin/reports/searches-with-no-results/",  # ours
        "/admin/searchpicks/reports/search-terms/",  # Wagtail's "Search terms"
    ],
)
@pytest.mark.parametrize("typed", ["=hyperlink(a1)", "+1+1", "-1+1", "@sum(a1)"])
def test_search_terms_that_look_like_formulas_download_as_text(client, admin, report, typed):
    client.get("/search/", {"q": typed})

    terms = [row[0] for row in csv_rows(admin.get(report, {"export": "csv"}))[1:]]

    assert terms == ["'" + typed]


def test_ordinary_search_terms_download_unchanged(client, admin):
    client.get("/search/", {"q": "late night pharmacy"})

    rows = csv_rows(admin.get("/admin/searchpicks/reports/search-terms/", {"export": "csv"}))

    assert rows[1][0] == "late night pharmacy"
