"""Search down: the site's Elasticsearch settings pointed at a port where nothing listens.

The search page, the forum's search and the consultation finder say "Search is not working at
the moment" with a 503 and keep the rest of the page; a failed search is not counted as one
that found nothing. Publishing a page or posting a reply still works, and `update_index` puts
what the index missed back once search works again. Content is made with the database backend,
before search goes down.
"""

import datetime
import io
import logging

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from elastic_transport import ConnectionError as SearchConnectionError
from wagtail.contrib.search_promotions.models import Query
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from demo.factories.people import UserFactory
from forum.models import Post, Status
from home.models import ContentPage
from search.models import NoResultsDailyHits

from .pages import consultation
from .test_search_page import result_titles, search

pytestmark = pytest.mark.django_db

NOT_WORKING = "Search is not working at the moment"


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
def test_the_search_page_says_search_is_not_working(client, finder, search_outage, caplog, params):
    search_outage.begin()

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


def test_a_search_that_failed_is_not_counted_as_finding_nothing(client, home_page, search_outage):
    search_outage.begin()

    assert client.get("/search/", {"q": "dialysis"}).status_code == 503

    assert not NoResultsDailyHits.objects.exists()
    assert not Query.objects.exists()


def test_the_forum_search_says_search_is_not_working(client, forum_page, opening_post, search_outage, caplog):
    search_outage.begin()

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
    client, finder, search_outage, caplog
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
    search_outage.begin()

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


def test_the_finder_without_words_never_asks_the_search_server(client, finder, search_outage, caplog):
    consultation(finder, "Kidney dialysis closer to home", "A dialysis unit in Kellsmoor.")
    search_outage.begin()

    response = client.get(finder.url, {"stage": "open"})

    assert response.status_code == 200
    assert NOT_WORKING not in response.content.decode()
    assert "1 consultation" in response.content.decode()
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]


# Saving while search is down: Wagtail's Elasticsearch backends catch the indexing error, so the
# editor or member sees the usual result and nothing is lost; the index misses the change until
# `update_index` runs (README, "Operations").


def index_update_failed(caplog):
    return any(
        record.name == "modelsearch.index" and isinstance(record.exc_info[1], SearchConnectionError)
        for record in caplog.records
        if record.exc_info
    )


def test_a_page_published_while_search_is_down_goes_live_and_update_index_catches_up(
    client, home_page, search_outage, caplog
):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    search_outage.begin()

    response = client.post(
        reverse("wagtailadmin_pages:add", args=["home", "contentpage", home_page.pk]),
        nested_form_data(
            {
                "title": "Speech and language therapy",
                "slug": "speech-and-language-therapy",
                "summary": "Help for children who stammer.",
                "body": streamfield([("text", rich_text("<p>Ask your GP for a referral.</p>"))]),
                "comments": inline_formset([]),
                "action-publish": "publish",
            }
        ),
        follow=True,
    )

    assert response.status_code == 200
    assert "Page &#x27;Speech and language therapy&#x27; created and published." in response.content.decode()
    assert ContentPage.objects.get(slug="speech-and-language-therapy").live
    assert client.get("/speech-and-language-therapy/").status_code == 200
    assert index_update_failed(caplog)

    search_outage.end()
    assert result_titles(search(client, "stammer")) == []
    call_command("update_index", stdout=io.StringIO())
    assert result_titles(search(client, "stammer")) == ["Speech and language therapy"]


def test_a_reply_posted_while_search_is_down_is_published_and_update_index_catches_up(
    client, forum_page, opening_post, other_member, search_outage, caplog
):
    client.force_login(other_member)
    search_outage.begin()

    response = client.post(
        f"/forum/posts/{opening_post.pk}/reply/", {"text": "The community minibus runs until midnight."}, follow=True
    )

    assert response.status_code == 200
    assert "The community minibus runs until midnight." in response.content.decode()
    assert Post.objects.get(comment="The community minibus runs until midnight.").status == Status.PUBLISHED
    assert index_update_failed(caplog)

    search_outage.end()
    assert result_titles(search(client, "minibus")) == []
    call_command("update_index", stdout=io.StringIO())
    assert result_titles(search(client, "minibus")) == ["Reply in ‘Getting to hospital at night’"]


def test_update_index_fails_loudly_while_search_is_down(home_page, search_outage):
    """Run after an outage, it must not report success while the server is still away."""
    search_outage.begin()

    with pytest.raises(SearchConnectionError):
        call_command("update_index", stdout=io.StringIO())
