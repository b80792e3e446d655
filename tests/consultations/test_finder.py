"""The stage of a consultation, and the finder people use to find one."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from consultations.models import ConsultationPage, Stage
from demo.factories.consultations import ConsultationPageFactory
from demo.factories.taxonomy import PlaceFactory, TopicFactory

pytestmark = pytest.mark.django_db

SECOND = datetime.timedelta(seconds=1)


@pytest.mark.parametrize(
    "offset,expected",
    [
        (-SECOND, Stage.COMING_SOON),
        (datetime.timedelta(0), Stage.OPEN),
        (SECOND, Stage.OPEN),
    ],
    ids=["a second before opening", "at opening", "a second after opening"],
)
def test_stage_around_opening(open_consultation, offset, expected):
    moment = open_consultation.opens_at + offset
    assert open_consultation.stage_at(moment) == expected
    annotated = ConsultationPage.objects.with_stage(moment).get(pk=open_consultation.pk)
    assert annotated.current_stage == expected


@pytest.mark.parametrize(
    "offset,expected",
    [(-SECOND, Stage.OPEN), (datetime.timedelta(0), Stage.CLOSED), (SECOND, Stage.CLOSED)],
    ids=["a second before closing", "at closing", "a second after closing"],
)
def test_stage_around_closing(open_consultation, offset, expected):
    moment = open_consultation.closes_at + offset
    assert open_consultation.stage_at(moment) == expected
    annotated = ConsultationPage.objects.with_stage(moment).get(pk=open_consultation.pk)
    assert annotated.current_stage == expected


def test_each_stage_changes_what_the_page_says(client, finder, open_consultation, closed_consultation):
    soon = ConsultationPageFactory(
        parent=finder,
        title="One phone line for GP appointments",
        opens_at=timezone.now() + datetime.timedelta(days=10),
        closes_at=timezone.now() + datetime.timedelta(days=40),
    )
    coming = client.get(soon.url).content.decode()
    assert "This consultation opens on" in coming
    assert "Tell us what you think" not in coming

    assert "Tell us what you think" in client.get(open_consultation.url).content.decode()

    closed = client.get(closed_consultation.url).content.decode()
    assert "This consultation closed on" in closed
    assert "We received 0 responses" in closed
    assert "by March 2027" in closed
    assert "Tell us what you think" not in closed


def test_a_closed_consultation_offers_ways_to_read_it_not_to_answer(client, open_consultation, closed_consultation):
    for consultation in (open_consultation, closed_consultation):
        consultation.paper_copy = "Call us for a paper copy with a free return envelope."
        consultation.other_languages = "Polish and Urdu."
        consultation.phone = "0113 496 0123"
        consultation.save_revision().publish()

    def main_text(consultation):
        html = BeautifulSoup(client.get(consultation.url).content, "html.parser")
        return " ".join(html.main.get_text().split())

    open_text, closed_text = main_text(open_consultation), main_text(closed_consultation)
    assert "Other ways to read this and answer" in open_text
    assert "free return envelope" in open_text
    assert "Other ways to read this Other languages: Polish and Urdu." in closed_text
    assert "answer" not in closed_text.split("Other ways to read this", 1)[1].split("Phone:")[0]
    assert "free return envelope" not in closed_text


def titles(response):
    return [consultation.title for consultation in response.context["consultations"]]


def test_finder_lists_open_consultations_first(client, finder, open_consultation, closed_consultation):
    soon = ConsultationPageFactory(
        parent=finder,
        title="Coming soon",
        opens_at=timezone.now() + datetime.timedelta(days=3),
        closes_at=timezone.now() + datetime.timedelta(days=30),
    )
    response = client.get(finder.url)
    assert titles(response) == [open_consultation.title, soon.title, closed_consultation.title]
    assert "3 consultations" in response.content.decode()


def test_finder_filters_by_stage_topic_and_place(client, finder, open_consultation, closed_consultation):
    assert titles(client.get(finder.url, {"stage": "closed"})) == [closed_consultation.title]
    assert titles(client.get(finder.url, {"topic": "urgent-care"})) == [open_consultation.title]
    assert titles(client.get(finder.url, {"place": "whole-area"})) == [closed_consultation.title]
    assert titles(client.get(finder.url, {"stage": "open", "place": "whole-area"})) == []


def test_a_whole_area_consultation_is_found_by_every_place(client, finder, open_consultation, closed_consultation):
    PlaceFactory(name="Wendlebridge", slug="wendlebridge")

    kellsmoor = client.get(finder.url, {"place": "kellsmoor"})
    wendlebridge = client.get(finder.url, {"place": "wendlebridge"})

    assert titles(kellsmoor) == [open_consultation.title, closed_consultation.title]
    assert titles(wendlebridge) == [closed_consultation.title]
    card = BeautifulSoup(wendlebridge.content, "html.parser").select_one(".consultation-card")
    assert "Whole area, including Wendlebridge" in " ".join(card.get_text().split())


def test_finder_text_search(client, finder, open_consultation, closed_consultation):
    assert titles(client.get(finder.url, {"q": "transport"})) == [closed_consultation.title]


def test_finder_says_when_nothing_matches(client, finder, open_consultation):
    html = client.get(finder.url, {"stage": "coming_soon"}).content.decode()
    assert "0 consultations" in html
    assert "No consultations match your filters" in html
    assert "Clear filters" in html


def test_finder_paginates_and_keeps_filters(client, finder):
    topic, place = TopicFactory(name="Maternity", slug="maternity"), PlaceFactory(name="Wendlebridge")
    for number in range(12):
        ConsultationPageFactory(parent=finder, title=f"Birth centre question {number}", topic=topic, place=place)
    first = client.get(finder.url, {"topic": "maternity"})
    assert len(titles(first)) == 10
    assert "?topic=maternity&amp;page=2" in first.content.decode()
    assert len(titles(client.get(finder.url, {"topic": "maternity", "page": 2}))) == 2


def test_finder_runs_the_same_queries_for_3_or_30_consultations(client, finder):
    for number in range(3):
        ConsultationPageFactory(parent=finder, title=f"Few {number}")
    client.get(finder.url)  # warm caches (site root paths, settings)
    with CaptureQueriesContext(connection) as few:
        client.get(finder.url)
    for number in range(27):
        ConsultationPageFactory(parent=finder, title=f"Many {number}")
    client.get(finder.url)  # the first view after pages change works out the menu and the rest again
    with CaptureQueriesContext(connection) as many:
        client.get(finder.url)
    assert len(many) == len(few)


def filter_options(response, name):
    select = BeautifulSoup(response.content, "html.parser").select_one(f"select[name={name}]")
    return [option.get_text() for option in select.select("option")]


def test_the_filters_list_topics_and_places_without_a_query_and_show_a_change_at_once(client, finder):
    TopicFactory(name="Maternity", slug="maternity")
    client.get(finder.url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(finder.url)
    assert filter_options(response, "topic") == ["All services", "Maternity"]
    assert not any("taxonomy_" in query["sql"] for query in queries.captured_queries)

    TopicFactory(name="Diabetes care", slug="diabetes")
    renamed = PlaceFactory(name="Kelsmoor", slug="kellsmoor")
    renamed.name = "Kellsmoor"
    renamed.save()

    response = client.get(finder.url)
    assert filter_options(response, "topic") == ["All services", "Diabetes care", "Maternity"]
    assert filter_options(response, "place") == ["All places", "Kellsmoor"]
