"""With ELASTICSEARCH_URL set, the site uses Wagtail's Elasticsearch backend. No server runs
here, so these tests build what would be sent to one, from the project's own settings: the
index mapping, a consultation's document, and the query the site search sends. Each must
carry the fields we search and filter on."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import PageViewRestriction
from wagtail.search.backends import get_search_backend

from config.settings import base
from consultations.models import ConsultationPage
from search.kinds import PageSource, registered_kinds
from search.scoped import search_within

from .pages import consultation, content_page

pytestmark = pytest.mark.django_db

CONSULTATION = "consultations_consultationpage__"


@pytest.fixture
def elasticsearch_settings(monkeypatch):
    """The backend settings the site would use with ELASTICSEARCH_URL set."""
    monkeypatch.setenv("ELASTICSEARCH_URL", "http://search.invalid:9200")
    return base._search_backends()


@pytest.fixture
def elasticsearch(elasticsearch_settings):
    params = dict(elasticsearch_settings["default"])
    return get_search_backend(params.pop("BACKEND"), **params)


@pytest.fixture
def kidney_consultation(finder):
    page = consultation(
        finder,
        "Kidney dialysis closer to home",
        "We want to open a dialysis unit in Kellsmoor.",
        body='[{"type": "text", "value": "<p>Patients travel three times a week.</p>"}]',
    )
    return ConsultationPage.objects.get(pk=page.pk)


def test_the_mapping_has_every_field_we_search_and_filter_on(elasticsearch):
    properties = elasticsearch.mapping_class(ConsultationPage).get_mapping()["properties"]

    for text in ("title", f"{CONSULTATION}summary", f"{CONSULTATION}body", f"{CONSULTATION}audience"):
        assert properties[text]["type"] == "text", text
    assert properties[f"{CONSULTATION}topic"]["properties"]["name"]["type"] == "text"
    assert properties[f"{CONSULTATION}place"]["properties"]["name"]["type"] == "text"
    # live (published), path (private sections), content type (kind filter), id (expired pages)
    # and first publication (newest first) are what the site search filters and sorts on.
    assert properties["live_filter"]["type"] == "boolean"
    assert properties["path_filter"]["type"] == "keyword"
    assert properties["content_type_id_filter"]["type"] == "integer"
    assert properties["id_filter"]["type"] == "integer"
    assert properties["first_published_at_filter"]["type"] == "date"
    assert properties[f"{CONSULTATION}closes_at_filter"]["type"] == "date"


def test_a_consultations_document_carries_its_words_and_filters(elasticsearch, kidney_consultation):
    document = elasticsearch.mapping_class(ConsultationPage).get_document(kidney_consultation)

    assert document["title"] == "Kidney dialysis closer to home"
    assert document[f"{CONSULTATION}summary"] == "We want to open a dialysis unit in Kellsmoor."
    assert "Patients travel three times a week." in document[f"{CONSULTATION}body"]
    assert document[f"{CONSULTATION}topic"] == {"name": "Urgent care"}
    assert document[f"{CONSULTATION}place"] == {"name": "Kellsmoor"}
    assert document["live_filter"] is True
    assert document["path_filter"] == kidney_consultation.path
    assert document["content_type_id_filter"] == ContentType.objects.get_for_model(ConsultationPage).pk
    assert document["first_published_at_filter"] == kidney_consultation.first_published_at
    assert "consultations.ConsultationPage" in document["_django_content_type"]


def test_the_site_search_sends_every_word_and_every_visibility_filter(
    settings, elasticsearch_settings, home_page, kidney_consultation
):
    private = content_page(home_page, "Staff only")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="secret")
    expired = content_page(home_page, "Old notice")
    expired.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    expired.save()
    # The pages are made and indexed in the database; now search as the site would with
    # Elasticsearch.
    settings.WAGTAILSEARCH_BACKENDS = elasticsearch_settings
    kinds = [kind for kind in registered_kinds() if kind.key == "consultation"]

    results = search_within(PageSource().queryset(kinds), "How do dialysis units work?")
    query = results.query_compiler.get_query()

    match = query["bool"]["must"]["multi_match"]
    assert match["query"] == "dialysis units work"
    assert match["operator"] == "and"
    filters = str(query["bool"]["filter"])
    assert "{'term': {'live_filter': True}}" in filters
    assert f"{{'prefix': {{'path_filter': '{private.path}'}}}}" in filters
    assert f"{{'terms': {{'id_filter': [{expired.pk}]}}}}" in filters
    consultation_type = ContentType.objects.get_for_model(ConsultationPage).pk
    assert f"{{'terms': {{'content_type_id_filter': [{consultation_type}]}}}}" in filters


def test_newest_first_sorts_on_the_publication_date(settings, elasticsearch_settings):
    settings.WAGTAILSEARCH_BACKENDS = elasticsearch_settings
    source = PageSource()
    queryset = source.newest_first(source.queryset(registered_kinds()))

    results = search_within(queryset, "dialysis", order_by_relevance=False)

    assert results.query_compiler.get_sort() == [{"first_published_at_filter": "desc"}, {"id_filter": "desc"}]
