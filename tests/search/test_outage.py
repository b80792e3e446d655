"""Search down: the site's Elasticsearch settings pointed at a port where nothing listens.

The search page, the forum's search and the consultation finder say "Search is not working at
the moment" with a 503 and keep the rest of the page; a failed search is not counted as one
that found nothing. Content is made with the database backend, before search goes down.
"""

import datetime
import logging

import pytest
from django.utils import timezone
from elastic_transport import ConnectionError as SearchConnectionError
from wagtail.contrib.search_promotions.models import Query

from config.settings import base
from search.models import NoResultsDailyHits

from .pages import consultation

pytestmark = pytest.mark.django_db

NOT_WORKING = "Search is not working at the moment"


@pytest.fixture
def take_search_down(settings, monkeypatch):
    """Call to switch the site to the backend it uses when ELASTICSEARCH_URL is set
    (config/settings/base.py), pointed at a closed port, trying once with a short timeout."""

    def take_down():
        monkeypatch.setenv("ELASTICSEARCH_URL", "http://127.0.0.1:9")
        backends = base._search_backends()
        backends["default"].update(TIMEOUT=2, OPTIONS={"max_retries": 0})
        settings.WAGTAILSEARCH_BACKENDS = backends

    return take_down


def search_box_value(html):
    return html.split('type="search" value="', 1)[1].split('"', 1)[0]


def assert_logged_once(caplog):
    """One error with the client's exception, however many times the page asked for results.
    (Django logs the 503 itself too, without the exception: "Service Unavailable: /search/".)"""
    errors = [record for record in caplog.records if record.levelno >= logging.ERROR and record.exc_info]
    assert len(errors) == 1, [record.getMessage() for record in errors]
    assert errors[0].name == "search.outage"
    assert isinstance(errors[0].exc_info[1], SearchConnectionError)


@pytest.mark.parametrize(
    "params",
    [{}, {"kind": "consultation"}, {"sort": "newest"}, {"page": "2"}],
    ids=["all kinds", "one kind", "newest first", "page 2"],
)
def test_the_search_page_says_search_is_not_working(client, finder, take_search_down, caplog, params):
    take_search_down()

    response = client.get("/search/", {"q": "dialysis unit", **params})

    assert response.status_code == 503
    html = response.content.decode()
    assert NOT_WORKING in html
    assert "We could not search for ‘dialysis unit’ because of a problem on our side." in html
    assert search_box_value(html) == "dialysis unit"
    assert 'class="nhsuk-header' in html
    assert 'class="nhsuk-footer' in html
    # The listings to look through instead, and not a word about finding nothing.
    assert "Or have a look at" in html
    assert f'<a href="{finder.url}">{finder.title}</a>' in html
    assert "We could not find anything" not in html
    assert_logged_once(caplog)


def test_a_search_that_failed_is_not_counted_as_finding_nothing(client, home_page, take_search_down):
    take_search_down()

    assert client.get("/search/", {"q": "dialysis"}).status_code == 503

    assert not NoResultsDailyHits.objects.exists()
    assert not Query.objects.exists()


def test_the_forum_search_says_search_is_not_working(client, forum_page, opening_post, take_search_down, caplog):
    take_search_down()

    response = client.get(forum_page.url + "search/", {"q": "night buses"})

    assert response.status_code == 503
    html = response.content.decode()
    assert NOT_WORKING in html
    assert "We could not search for ‘night buses’" in html
    assert search_box_value(html) == "night buses"
    assert f'<a href="{forum_page.url}">Go back to the forum to read the latest conversations</a>' in html
    assert 'class="nhsuk-breadcrumb' in html
    assert "We could not find any conversations" not in html
    assert_logged_once(caplog)


def test_the_finder_lists_what_matches_the_other_filters_and_says_the_words_were_not_used(
    client, finder, take_search_down, caplog
):
    long_ago = timezone.now() - datetime.timedelta(days=60)
    consultation(finder, "Kidney dialysis closer to home", "A dialysis unit in Kellsmoor.")
    consultation(finder, "Opening hours of the walk-in centre", "Evenings and weekends.")
    consultation(
        finder,
        "Dialysis transport",
        "Lifts to dialysis.",
        opens_at=long_ago,
        closes_at=long_ago + datetime.timedelta(days=30),
    )
    take_search_down()

    response = client.get(finder.url, {"q": "dialysis", "stage": "open"})

    assert response.status_code == 503
    html = response.content.decode()
    assert NOT_WORKING in html
    assert "We could not search for ‘dialysis’" in html
    assert "The list below does not use the words you typed" in html
    # The filters keep what the person chose.
    assert "Filter consultations" in html
    assert 'name="q" value="dialysis"' in html
    assert '<option value="open" selected>' in html
    # Every open consultation, with or without the word; never the closed one.
    assert "2 consultations" in html
    assert "Kidney dialysis closer to home" in html
    assert "Opening hours of the walk-in centre" in html
    assert "Dialysis transport" not in html
    assert_logged_once(caplog)


def test_the_finder_without_words_never_asks_the_search_server(client, finder, take_search_down, caplog):
    consultation(finder, "Kidney dialysis closer to home", "A dialysis unit in Kellsmoor.")
    take_search_down()

    response = client.get(finder.url, {"stage": "open"})

    assert response.status_code == 200
    assert NOT_WORKING not in response.content.decode()
    assert "1 consultation" in response.content.decode()
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]
