"""The tests of the search page and of the forum in search again, against a real
Elasticsearch 9 server with the settings the site would use, when ELASTICSEARCH_TEST_URL
names one (for example http://127.0.0.1:9200).

Each test gets its own index prefix, so runs never see each other's pages; the indexes are
deleted afterwards.
"""

import io
import os
import uuid

import pytest
from django.core.management import call_command
from wagtail.search.backends import get_search_backend

from config.settings import base

from .pages import consultation
from .test_forum import (  # noqa: F401 (collected and run again here, on Elasticsearch)
    test_a_conversation_is_found_by_its_title_and_its_opening_post,
    test_a_deleted_post_is_not_found,
    test_a_held_post_is_never_found_until_a_moderator_approves_it,
    test_a_post_found_before_a_moderator_removes_it_is_not_found_after,
    test_a_post_is_shown_as_text_never_as_markup,
    test_a_word_in_a_reply_finds_the_reply_and_links_to_it,
    test_filter_conversations_or_replies,
    test_hidden_posts_are_left_out_even_while_the_index_still_has_them,
    test_pages_and_posts_are_listed_together_newest_first,
    test_removing_the_opening_post_hides_the_conversation_and_its_replies,
    test_the_forum_search_finds_only_conversations_and_replies,
    test_the_forum_search_pages_its_results,
)
from .test_search_page import (  # noqa: F401 (collected and run again here, on Elasticsearch)
    result_titles,
    search,
    test_a_page_named_by_the_query_comes_before_pages_that_only_mention_it,
    test_a_search_naming_a_kind_finds_pages_of_that_kind,
    test_a_word_in_a_page_body_finds_the_page,
    test_an_unpublished_page_is_never_found,
    test_each_result_shows_its_kind_and_date,
    test_filter_by_kind,
    test_matched_words_are_marked_and_the_page_text_is_escaped,
    test_private_and_expired_pages_are_never_found,
    test_promoted_results_come_first_as_recommended,
    test_results_are_paged_ten_at_a_time_keeping_the_search,
    test_searches_are_counted_and_those_that_found_nothing_separately,
    test_sort_by_relevance_or_newest,
    test_when_nothing_has_every_word_results_with_some_of_them_are_shown,
    test_word_forms_match_both_ways,
)

URL = os.environ.get("ELASTICSEARCH_TEST_URL", "")

pytestmark = [
    pytest.mark.skipif(not URL, reason="ELASTICSEARCH_TEST_URL is not set: no Elasticsearch server to test against"),
    pytest.mark.django_db,
]


@pytest.fixture(autouse=True)
def elasticsearch(settings, monkeypatch, home_page):
    """The site's own Elasticsearch settings, pointed at the test server, with fresh indexes
    holding what the migrations made (the home page)."""
    monkeypatch.setenv("ELASTICSEARCH_URL", URL)
    monkeypatch.setenv("ELASTICSEARCH_INDEX_PREFIX", f"test_{uuid.uuid4().hex[:12]}_")
    settings.WAGTAILSEARCH_BACKENDS = base._search_backends()
    backend = get_search_backend()
    call_command("update_index", stdout=io.StringIO())
    yield backend
    # Elasticsearch refuses to delete by wildcard, so name each index.
    indexes = list(backend.es.indices.get(index=f"{backend.index_prefix}*"))
    if indexes:
        backend.es.indices.delete(index=indexes)


@pytest.fixture
def refresh_index(elasticsearch):
    """Elasticsearch makes new documents searchable about once a second; ask it to now."""
    return lambda: elasticsearch.es.indices.refresh(index=f"{elasticsearch.index_prefix}*")


def test_a_stemmed_form_finds_its_root(client, finder, refresh_index):
    consultation(finder, "Dermatology services", "A consultation on where skin clinics should be.")
    refresh_index()

    assert result_titles(search(client, "consulting")) == ["Dermatology services"]
