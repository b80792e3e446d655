"""Service change pages as people read them: every question answered in order, a timeline in
date order, how to have a say, what was decided, and a list of changes to filter by status."""

import datetime
import zoneinfo

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from demo.factories.consultations import (
    ConsultationIndexPageFactory,
    ConsultationPageFactory,
    EasyReadPageFactory,
    easy_read_point,
)
from demo.factories.taxonomy import PlaceFactory, TopicFactory
from events.models import EventIndexPage, EventPage
from outcomes.models import OutcomeIndexPage, OutcomePage, OutcomeTheme
from service_changes.models import (
    ServiceChangeIndexPage,
    ServiceChangeMilestone,
    ServiceChangePage,
    ServiceChangeStatus,
)

pytestmark = pytest.mark.django_db

LONDON = zoneinfo.ZoneInfo("Europe/London")
SECTIONS = [
    "What is changing",
    "Why it is changing",
    "When",
    "Who is affected",
    "What it means for you",
    "How to have your say",
    "What has been decided",
]


def add_service_changes_index(home_page):
    return home_page.add_child(
        instance=ServiceChangeIndexPage(
            title="Service changes", slug="service-changes", introduction="What is changing."
        )
    )


def add_service_change(index, title="Minor injuries unit at night", **fields):
    """A published service change, written as an editor would. Pass fields to change any."""
    defaults = {
        "slug": None,
        "summary": "The minor injuries unit will close from midnight to 8am.",
        "status": ServiceChangeStatus.PROPOSED,
        "topic": TopicFactory(name="Urgent care", slug="urgent-care"),
        "place": PlaceFactory(name="Kellsmoor", slug="kellsmoor"),
        "what_is_changing": "<p>The unit will close at night.</p>",
        "why": "<p>Very few people use it at night.</p>",
        "who_is_affected": "<p>People who live near Kellsmoor.</p>",
        "what_it_means": "<p>At night, call 111 or go to A&amp;E.</p>",
    }
    values = {**defaults, **fields}
    values["slug"] = values["slug"] or title.lower().replace(" ", "-")
    page = index.add_child(instance=ServiceChangePage(title=title, **values))
    page.save_revision().publish()
    return page


def html_of(client, page, query=""):
    response = client.get(page.url + query)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def queries_to_show(client, url):
    """Queries for a page once the site's caches are warm, as they are for most visits."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.fixture
def index(home_page):
    return add_service_changes_index(home_page)


def test_service_change_answers_each_question_in_order(client, index):
    change = add_service_change(
        index,
        status=ServiceChangeStatus.CONSULTING,
        what_is_changing="<p>The unit will close from midnight to 8am.</p>",
        why="<p>On most nights fewer than three people come.</p>",
        who_is_affected="<p>People in Kellsmoor and Oakhythe Vale.</p>",
        what_it_means="<p>At night, call 111 first.</p>",
    )
    soup = html_of(client, change)
    main = soup.find("main")

    assert main.find("strong", class_="nhsuk-tag").get_text(strip=True) == "Asking for views"
    headings = [
        h2.get_text(strip=True) for h2 in main.find_all("h2") if "nhsuk-u-visually-hidden" not in h2.get("class", [])
    ]
    assert headings == SECTIONS
    text = main.get_text(" ", strip=True)
    for words in ["midnight to 8am", "fewer than three people", "Oakhythe Vale", "call 111 first", "Urgent care"]:
        assert words in text
    assert "No decision has been made yet. We will tell you here when it has." in text
    assert "We are not asking for views on this change at the moment." in text


def test_timeline_is_in_date_order_with_past_steps_done(client, index):
    change = add_service_change(
        index,
        milestones=[
            ServiceChangeMilestone(date=datetime.date(2099, 1, 5), label="The board decides"),
            ServiceChangeMilestone(date=datetime.date(2020, 3, 2), label="We publish the proposal"),
            ServiceChangeMilestone(date=datetime.date(2099, 3, 3), label="The unit closes at night"),
        ],
    )
    timeline = html_of(client, change).find("ol", class_="service-change-timeline")
    steps = [
        (
            item.find("time").get_text(strip=True),
            item.find(class_="service-change-timeline__label").get_text(strip=True),
        )
        for item in timeline.find_all("li")
    ]
    assert steps == [
        ("Monday 2 March 2020", "We publish the proposal"),
        ("Monday 5 January 2099", "The board decides"),
        ("Tuesday 3 March 2099", "The unit closes at night"),
    ]
    done = ["Done" in item.get_text() for item in timeline.find_all("li")]
    assert done == [True, False, False]


def test_linked_consultation_and_its_events_show_how_to_have_a_say(client, home_page, index):
    consultation = ConsultationPageFactory(
        parent=ConsultationIndexPageFactory(parent=home_page),
        title="Night-time opening at the minor injuries unit",
        opens_at=timezone.now() - datetime.timedelta(days=7),
        closes_at=datetime.datetime(2099, 3, 3, 18, 0, tzinfo=LONDON),
    )
    events = home_page.add_child(instance=EventIndexPage(title="Events", slug="events"))
    events.add_child(
        instance=EventPage(
            title="Drop-in at Kellsmoor Library",
            slug="drop-in",
            summary="Ask us anything about the change.",
            starts_at=datetime.datetime(2099, 2, 3, 14, 0, tzinfo=LONDON),
            ends_at=datetime.datetime(2099, 2, 3, 16, 0, tzinfo=LONDON),
            venue_name="Kellsmoor Library",
            consultation=consultation,
        )
    )
    change = add_service_change(index, consultations=[consultation])

    section = html_of(client, change).find("main").get_text(" ", strip=True)
    assert "Night-time opening at the minor injuries unit" in section
    assert "Open" in section
    assert "Closes Tuesday 3 March 2099, 6pm" in section
    assert "Drop-in at Kellsmoor Library" in section
    assert "We are not asking for views" not in section


def test_unpublished_consultation_is_not_shown(client, home_page, index):
    consultation = ConsultationPageFactory(parent=ConsultationIndexPageFactory(parent=home_page), title="Secret plan")
    consultation.unpublish()
    change = add_service_change(index, consultations=[consultation])
    assert "Secret plan" not in html_of(client, change).get_text()


def test_decision_and_you_said_we_did_link(client, home_page, index):
    change = add_service_change(
        index, status=ServiceChangeStatus.DECIDED, what_has_been_decided="<p>The unit will close at night.</p>"
    )
    outcomes = home_page.add_child(instance=OutcomeIndexPage(title="You said, we did", slug="you-said-we-did"))
    outcome = outcomes.add_child(
        instance=OutcomePage(
            title="Minor injuries unit: what we did",
            slug="minor-injuries-outcome",
            service_change=change,
            summary="We kept X-ray open until 10pm.",
            themes=[OutcomeTheme(you_said="Keep X-ray open.", we_did="X-ray is open until 10pm.", status="done")],
        )
    )
    outcome.save_revision().publish()

    main = html_of(client, change).find("main")
    assert "No decision has been made yet" not in main.get_text()
    assert "The unit will close at night." in main.get_text()
    link = main.find("a", string="Read what you said and what we did")
    assert link["href"] == outcome.url


def test_service_change_page_queries_do_not_grow_with_content(client, home_page, index):
    finder = ConsultationIndexPageFactory(parent=home_page)

    def count_queries(size):
        change = add_service_change(
            index,
            title=f"Change with {size}",
            milestones=[
                ServiceChangeMilestone(date=datetime.date(2030, 1, day + 1), label="Step") for day in range(size)
            ],
            consultations=[ConsultationPageFactory(parent=finder) for _ in range(size)],
        )
        return queries_to_show(client, change.url)

    assert count_queries(1) == count_queries(4)


def test_index_lists_changes_newest_first_with_status_topic_and_place(client, index):
    first = timezone.now() - datetime.timedelta(days=30)
    add_service_change(index, title="Older change", first_published_at=first)
    add_service_change(
        index,
        title="Newer change",
        status=ServiceChangeStatus.DECIDED,
        summary="GP practices share one phone line.",
        topic=TopicFactory(name="GP appointments", slug="gp-appointments"),
        place=PlaceFactory(name="Wendlebridge", slug="wendlebridge"),
        first_published_at=first + datetime.timedelta(days=1),
    )
    soup = html_of(client, index)
    cards = soup.find("main").find_all("li", class_="nhsuk-card")
    assert [card.find("h3").get_text(strip=True) for card in cards] == ["Newer change", "Older change"]
    newest = cards[0].get_text(" ", strip=True)
    for words in ["Decided", "GP practices share one phone line.", "GP appointments", "Wendlebridge"]:
        assert words in newest
    assert cards[0].find("strong", class_="nhsuk-tag--purple")


def test_index_filters_by_status_without_javascript(client, index):
    add_service_change(index, title="Proposed change", status=ServiceChangeStatus.PROPOSED)
    add_service_change(index, title="Decided change", status=ServiceChangeStatus.DECIDED)

    soup = html_of(client, index, "?status=decided")
    form = soup.find("main").find("form", method="get")
    assert form.find("input", attrs={"name": "status", "value": "decided"}).has_attr("checked")
    titles = [h3.get_text(strip=True) for h3 in soup.find("main").find_all("h3")]
    assert titles == ["Decided change"]
    assert "1 change" in soup.find("main").get_text()
    assert soup.find("a", string="Clear filter")


def test_index_explains_when_nothing_matches_or_nothing_exists(client, index):
    assert "There are no service changes yet." in html_of(client, index).get_text()

    add_service_change(index, status=ServiceChangeStatus.PROPOSED)
    assert "No changes have this status." in html_of(client, index, "?status=in_place").get_text()


def test_index_ignores_a_status_that_does_not_exist(client, index):
    add_service_change(index, title="Proposed change")
    soup = html_of(client, index, "?status=cancelled")
    assert soup.find(class_="nhsuk-error-summary")
    assert [h3.get_text(strip=True) for h3 in soup.find("main").find_all("h3")] == ["Proposed change"]


def test_index_queries_do_not_grow_with_the_number_of_changes(client, index):
    add_service_change(index, title="One")
    one = queries_to_show(client, index.url)
    for number in range(5):
        add_service_change(index, title=f"More {number}")
    assert queries_to_show(client, index.url) == one


def test_a_service_change_links_to_its_easy_read_version_which_asks_nothing(client, home_page):
    change = add_service_change(add_service_changes_index(home_page))
    easy_read = EasyReadPageFactory(
        parent=change,
        title="The unit will shut at night: easy read",
        points=[easy_read_point("The unit will shut at night.")],
    )
    assert html_of(client, change).find("a", string="Easy read version")["href"] == easy_read.url

    page = html_of(client, easy_read)
    assert "The unit will shut at night." in page.get_text()
    assert page.find("a", string="Read the full version")["href"] == change.url
    assert page.find("button", string="Send my answers") is None
    assert client.post(easy_read.url, {"anything": "at all"}).status_code == 403
