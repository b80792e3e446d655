"""The home page's "Latest conversations": what people are talking about in the forum now."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.html import escape

from core.dates import format_date_and_time
from demo.factories.forum import CategoryFactory, established_member, start_thread
from demo.factories.people import MemberFactory
from forum import posting
from forum.models import Thread

pytestmark = pytest.mark.django_db


@pytest.fixture
def transport(db):
    return CategoryFactory(name="Getting to hospital and transport", slug="transport")


@pytest.fixture
def member(db):
    """A member past the new-member hold; the introduction that got them there is old news."""
    member = established_member(display_name="Bea")
    Thread.objects.filter(author=member).update(last_activity_at=timezone.now() - datetime.timedelta(days=60))
    return member


def conversation(author, category, title, days_ago, replies=0):
    """A public thread whose last activity was `days_ago` days ago."""
    opening = start_thread(author, category=category, title=title, text="What do you think?")
    for _ in range(replies):
        posting.reply(author=author, parent=opening, text="Me too.")
    thread = Thread.objects.get(pk=opening.forum_thread_id)
    when = timezone.now() - datetime.timedelta(days=days_ago)
    Thread.objects.filter(pk=thread.pk).update(last_activity_at=when)
    thread.last_activity_at = when
    return thread


def section(html):
    start = html.index('id="forum-activity"')
    return html[start : html.index("</section>", start)]


def test_shows_the_three_most_recently_active_threads(client, forum_page, transport, member):
    oldest = conversation(member, transport, "Buses to Wendlebridge General on Sundays", days_ago=9)
    night_taxi = conversation(member, transport, "Our trip to A&E in the night taxi", days_ago=1, replies=2)
    parking = conversation(member, transport, "Parking at the hospital", days_ago=3)
    birth_centre = conversation(member, transport, "Moving the birth centre", days_ago=2)

    latest = section(client.get("/").text)

    positions = [latest.index(escape(thread.title)) for thread in (night_taxi, birth_centre, parking)]
    assert positions == sorted(positions)
    assert oldest.title not in latest
    assert f'href="{forum_page.thread_url(night_taxi)}">Our trip to A&amp;E in the night taxi</a>' in latest
    assert "Getting to hospital and transport" in latest
    assert '<dd class="nhsuk-summary-list__value">2</dd>' in latest
    assert format_date_and_time(night_taxi.last_activity_at) in latest
    assert 'href="/forum/">Go to the forum</a>' in latest


def test_a_held_thread_never_shows(client, forum_page, transport, member):
    conversation(member, transport, "Getting to A&E at night", days_ago=5)
    held = start_thread(MemberFactory(display_name="Tomasz"), category=transport, title="Parking for the birth centre")
    assert not held.forum_thread.is_public

    latest = section(client.get("/").text)

    assert "Getting to A&amp;E at night" in latest
    assert "Parking for the birth centre" not in latest


def test_an_empty_forum_invites_the_first_conversation(client, forum_page):
    latest = section(client.get("/").text)

    assert "There are no conversations yet" in latest
    assert 'href="/forum/">Go to the forum</a>' in latest


def test_hidden_when_there_is_no_forum(client, home_page, transport, member):
    conversation(member, transport, "Getting to A&E at night", days_ago=5)

    html = client.get("/").text

    assert "Latest conversations" not in html
    assert "Getting to A&amp;E at night" not in html


def test_a_fixed_number_of_queries(client, forum_page, transport, member):
    conversation(member, transport, "Getting to A&E at night", days_ago=5)
    client.get("/")  # fills the caches that every page uses
    with CaptureQueriesContext(connection) as one:
        client.get("/")

    for number in range(3):
        conversation(member, CategoryFactory(), f"Conversation {number}", days_ago=number)
    with CaptureQueriesContext(connection) as three:
        html = client.get("/").text

    assert section(html).count('class="nhsuk-card__link"') == 3
    assert len(three) == len(one)
