"""With ELASTICSEARCH_URL set, the site uses Wagtail's Elasticsearch backend. No server runs
here, so these tests build what would be sent to one, from the project's own settings: the
index mappings, the documents for a consultation, a conversation and a reply, and the queries
the site search sends. Each must carry the fields we search and filter on."""

import datetime
import json

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import PageViewRestriction
from wagtail.search.backends import get_search_backend

from config.settings import base
from consultations.models import ConsultationPage
from demo.factories.people import MemberFactory
from forum import posting
from forum.models import Post, Thread
from forum.search_kinds import CONVERSATION, REPLY, PostSource, forum_kinds
from search.kinds import PageSource, registered_kinds
from search.scoped import search_within

from .pages import consultation, content_page

pytestmark = pytest.mark.django_db

CONSULTATION = "consultations_consultationpage__"
# A post's fields, named after the table each comes from: forum.Post extends
# django-comments-xtd's XtdComment, which extends django-contrib-comments' Comment.
POST = "forum_post__"
XTD = "django_comments_xtd_xtdcomment__"


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
    # Weighted as the title is: a search naming the kind finds its pages first.
    assert properties[f"{CONSULTATION}search_kind_name"]["copy_to"] == properties["title"]["copy_to"]
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


def test_the_indexes_match_english_word_forms(elasticsearch):
    """Each index is created with these settings: its text is analysed in English (stemmed),
    so "taxi" finds "taxis" and the other way round, as on the database backends."""
    analysis = elasticsearch.settings["settings"]["analysis"]
    properties = elasticsearch.mapping_class(ConsultationPage).get_mapping()["properties"]

    assert analysis["analyzer"]["default"] == {"type": "english"}
    # The text fields take the index's default analyser; autocomplete keeps Wagtail's own.
    for text in ("title", f"{CONSULTATION}summary", f"{CONSULTATION}body"):
        assert "analyzer" not in properties[text], text
    assert "edgengram_analyzer" in analysis["analyzer"]


def test_a_consultations_document_carries_its_words_and_filters(elasticsearch, kidney_consultation):
    document = elasticsearch.mapping_class(ConsultationPage).get_document(kidney_consultation)

    assert document["title"] == "Kidney dialysis closer to home"
    # The kind's name, so "consultation" finds the consultations.
    assert document[f"{CONSULTATION}search_kind_name"] == "Consultation Consultations"
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


def test_the_forum_mapping_has_every_field_we_search_and_filter_on(elasticsearch):
    properties = elasticsearch.mapping_class(Post).get_mapping()["properties"]

    assert properties["comment"]["type"] == "text"
    assert properties[f"{POST}search_title"]["type"] == "text"
    # Published, not deleted, in a public thread; conversation or reply; newest first.
    assert properties[f"{POST}status_filter"]["type"] == "keyword"
    assert properties[f"{POST}deleted_at_filter"]["type"] == "date"
    assert properties[f"{POST}forum_thread_id_filter"]["type"] == "integer"
    assert properties[f"{XTD}level_filter"]["type"] == "integer"
    assert properties["submit_date_filter"]["type"] == "date"


def test_a_conversations_document_carries_its_title_words_and_filters(elasticsearch, opening_post):
    post = Post.objects.get(pk=opening_post.pk)

    document = elasticsearch.mapping_class(Post).get_document(post)

    assert document["comment"] == "How do people get to Kellsmoor General after the buses stop?"
    assert document[f"{POST}search_title"] == "Getting to hospital at night"
    assert document[f"{POST}status_filter"] == "published"
    assert document[f"{POST}deleted_at_filter"] is None
    assert document[f"{POST}forum_thread_id_filter"] == post.forum_thread_id
    assert document[f"{XTD}level_filter"] == 0
    assert document["submit_date_filter"] == post.submit_date
    assert "forum.Post" in document["_django_content_type"]


def test_a_replys_document_carries_its_words_and_filters(elasticsearch, opening_post, other_member):
    answer = posting.reply(author=other_member, parent=opening_post, text="The night bus stops outside.")
    post = Post.objects.get(pk=answer.pk)

    document = elasticsearch.mapping_class(Post).get_document(post)

    assert document["comment"] == "The night bus stops outside."
    # A reply has no title of its own: the thread's title finds the conversation, not every reply.
    assert document[f"{POST}search_title"] == ""
    assert document[f"{POST}status_filter"] == "published"
    assert document[f"{POST}forum_thread_id_filter"] == opening_post.forum_thread_id
    assert document[f"{XTD}level_filter"] == 1
    assert document["submit_date_filter"] == post.submit_date


def test_the_forum_search_sends_every_visibility_filter(settings, elasticsearch_settings, category, opening_post):
    # A newcomer's first conversation is held, so its thread is not public.
    held = posting.start_thread(author=MemberFactory(), category=category, title="Hello", text="My first post.")
    assert not Thread.objects.get(pk=held.forum_thread_id).is_public
    settings.WAGTAILSEARCH_BACKENDS = elasticsearch_settings
    replies = [kind for kind in forum_kinds() if kind.key == REPLY]

    query = search_within(PostSource().queryset(replies), "night buses").query_compiler.get_query()

    assert query["bool"]["must"]["multi_match"]["query"] == "night buses"
    filters = str(json.loads(json.dumps(query["bool"]["filter"])))  # as sent to the server
    assert "{'match': {'_django_content_type': 'forum.Post'}}" in filters
    assert f"{{'term': {{'{POST}status_filter': 'published'}}}}" in filters
    assert f"{{'must_not': {{'exists': {{'field': '{POST}deleted_at_filter'}}}}}}" in filters
    assert f"{{'must_not': {{'terms': {{'{POST}forum_thread_id_filter': [{held.forum_thread_id}]}}}}}}" in filters
    assert f"{{'range': {{'{XTD}level_filter': {{'gt': 0}}}}}}" in filters


def test_conversations_only_and_newest_first(settings, elasticsearch_settings, opening_post):
    settings.WAGTAILSEARCH_BACKENDS = elasticsearch_settings
    source = PostSource()
    conversations = [kind for kind in forum_kinds() if kind.key == CONVERSATION]

    results = search_within(source.newest_first(source.queryset(conversations)), "buses", order_by_relevance=False)

    assert f"{{'term': {{'{XTD}level_filter': 0}}}}" in str(results.query_compiler.get_query())
    assert results.query_compiler.get_sort() == [{"submit_date_filter": "desc"}]
