"""How the search is put together: kinds from more than one source in one list, a constant
number of queries per page of results, and the scoped search other listings reuse."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.documents.models import Document

from consultations.models import ConsultationPage
from search.kinds import Kind, Source, register, unregister
from search.scoped import filter_to_matches, search_within

from .pages import consultation, content_page, event
from .test_search_page import result_titles, search

pytestmark = pytest.mark.django_db


class DocumentSource(Source):
    """A third source, beside the pages and the forum's posts: another model, searched in its
    own query and merged with the others."""

    date_field = "created_at"

    def queryset(self, kinds):
        return Document.objects.all()

    def url(self, item, request):
        return item.url


@pytest.fixture
def documents_kind():
    register(Kind("document", "Document", "Documents", DocumentSource(), lambda item: "", (Document,)))
    yield
    unregister("document")


def document(title, created_at):
    item = Document.objects.create(title=title, file=ContentFile(b"leaflet", name="leaflet.txt"))
    Document.objects.filter(pk=item.pk).update(created_at=created_at)
    return item


def test_a_kind_from_another_source_is_merged_into_the_same_list(client, home_page, documents_kind):
    now = timezone.now()
    for days in (1, 3, 5):
        content_page(
            home_page, f"Asthma page {days}", summary="Asthma care.", first_published_at=now - datetime.timedelta(days)
        )
    for days in (2, 4):
        document(f"Asthma leaflet {days}", now - datetime.timedelta(days))

    newest = search(client, "asthma", sort="newest")
    assert result_titles(newest) == [
        "Asthma page 1",
        "Asthma leaflet 2",
        "Asthma page 3",
        "Asthma leaflet 4",
        "Asthma page 5",
    ]
    assert "5 results for ‘asthma’" in newest.content.decode()
    assert "Document" in newest.content.decode()

    by_relevance = result_titles(search(client, "asthma"))
    assert sorted(by_relevance) == sorted(result_titles(newest))
    only_documents = search(client, "asthma", kind="document", sort="newest")
    assert result_titles(only_documents) == ["Asthma leaflet 2", "Asthma leaflet 4"]


def test_merging_by_relevance_puts_the_best_match_from_any_source_first(client, home_page, documents_kind):
    document("Leaflet on breathing, inhalers, coughs, colds, hay fever and asthma in winter", timezone.now())
    content_page(home_page, "Asthma", summary="Asthma: asthma nurses, asthma clinics and asthma plans.")

    assert result_titles(search(client, "asthma")) == [
        "Asthma",
        "Leaflet on breathing, inhalers, coughs, colds, hay fever and asthma in winter",
    ]


def test_merged_results_are_paged_across_sources(client, home_page, documents_kind):
    now = timezone.now()
    for number in range(7):
        content_page(
            home_page,
            f"Eczema page {number}",
            summary="Eczema care.",
            first_published_at=now - datetime.timedelta(days=2 * number),
        )
        document(f"Eczema leaflet {number}", now - datetime.timedelta(days=2 * number + 1))

    second = result_titles(search(client, "eczema", sort="newest", page=2))

    assert second == ["Eczema page 5", "Eczema leaflet 5", "Eczema page 6", "Eczema leaflet 6"]


def test_a_page_of_results_takes_the_same_number_of_queries_however_many_there_are(
    client, home_page, finder, events_index
):
    def make_pages(word, count):
        for number in range(count):
            consultation(finder, f"{word} consultation {number}", f"Plans for {word} care.")
            event(events_index, f"{word} drop-in {number}", f"Ask about {word}.")
            content_page(home_page, f"{word} {number}", summary=f"About {word}.")

    make_pages("glaucoma", 1)
    make_pages("cataract", 3)
    search(client, "warm-up")  # the first request fills Wagtail's caches of sites and content types

    with CaptureQueriesContext(connection) as few:
        assert len(result_titles(search(client, "glaucoma"))) == 3
    with CaptureQueriesContext(connection) as many:
        assert len(result_titles(search(client, "cataract"))) == 9

    assert len(many) == len(few)


def test_scoped_search_narrows_a_listing_and_keeps_its_order(home_page, finder):
    first = consultation(finder, "Stroke rehabilitation beds", "Where stroke patients recover.")
    consultation(finder, "Maternity parking", "Parking at the maternity unit.")
    second = consultation(finder, "Stroke clinic hours", "When the stroke clinic is open.")
    listing = ConsultationPage.objects.live().with_stage().order_by("title")

    matches = filter_to_matches(listing, "stroke")

    assert list(matches) == [second, first]
    assert all(hasattr(page, "current_stage") for page in matches)
    assert {page.pk for page in search_within(ConsultationPage.objects.live(), "stroke clinic")} == {second.pk}
    assert list(search_within(ConsultationPage.objects.live(), "?!")) == []
