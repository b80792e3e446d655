"""A member's account page shows what they took part in, with what we decided after: the
consultations they answered, the conversations they started and their replies, the stories
they told."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from demo.factories.forum import start_thread
from demo.factories.people import MemberFactory
from demo.factories.stories import StoryFactory, StoryResponseFactory
from forum import posting
from moderation.models import Status
from stories.models import Change

from .holdings import member_with_everything

pytestmark = pytest.mark.django_db


def taking_part(client):
    html = BeautifulSoup(client.get(reverse("people:account")).content, "html.parser")
    heading = html.find("h2", string="What you have taken part in")
    section = {}
    for element in heading.find_next_siblings():
        if element.name == "h2":
            break
        if element.name == "h3":
            current = section.setdefault(element.get_text(strip=True), [])
        elif element.name == "ul":
            current += [" ".join(item.get_text(" ", strip=True).split()) for item in element.find_all("li")]
            current += [(link.get_text(strip=True), link["href"]) for link in element.find_all("a")]
    return section


def test_the_account_page_shows_answers_posts_and_what_we_decided(client, home_page):
    everything = member_with_everything(home_page)
    client.force_login(everything.member)

    section = taking_part(client)

    answered = section["Consultations you answered"]
    assert ("What we did: What we did about night-time care", everything.outcome.url) in answered
    assert any(
        "Lighting at the car park" in item and "We have not decided yet. We expect to decide by March 2027." in item
        for item in answered
        if isinstance(item, str)
    )
    assert any(f"Your reference: {everything.response.reference}" in item for item in answered)
    started = section["Conversations you started"]
    assert ("Night buses", everything.forum.thread_url(everything.own_thread)) in started
    assert any("Night buses" in item and "1 reply" in item for item in started if isinstance(item, str))
    replies = section["Your replies in the forum"]
    assert any("Taxis at night" in item for item in replies if isinstance(item, str))


def test_a_held_post_says_it_waits_and_a_deleted_one_is_gone(client, home_page):
    everything = member_with_everything(home_page)
    client.force_login(everything.member)
    posting.delete(everything.reply)
    newcomer = MemberFactory(display_name="New")
    start_thread(newcomer, title="My first question", text="Hello")
    other_client = type(client)()
    other_client.force_login(newcomer)

    assert "Your replies in the forum" not in taking_part(client)
    (started,) = [item for item in taking_part(other_client)["Conversations you started"] if isinstance(item, str)]
    assert "Waiting for a moderator" in started


def test_only_the_latest_few_are_listed_with_how_many_in_all(client, home_page):
    from .holdings import forum_page

    forum_page(home_page)
    member = MemberFactory(display_name="Busy")
    for number in range(7):
        start_thread(member, title=f"Question {number}", text="Words")
    client.force_login(member)

    html = client.get(reverse("people:account")).content.decode()

    assert "These are the latest 5 of 7. Your download has them all." in html
    assert "Question 6" in html and "Question 1" not in html


def test_a_new_member_is_told_what_will_show(client, home_page):
    client.force_login(MemberFactory(display_name="New"))

    html = client.get(reverse("people:account")).content.decode()

    assert (
        "Nothing yet. When you answer a consultation, write in the forum or tell us your story, it will show here"
        in html
    )
    assert f'href="{reverse("people:your_data")}"' in html
    assert f'href="{reverse("people:delete_account")}"' in html


def test_the_stories_they_told_show_with_what_the_service_said(client, home_page):
    member = MemberFactory(display_name="Teller")
    changed = StoryResponseFactory(
        story__user=member,
        story__email="",
        story__title="Lost in the corridors",
        change=Change.MADE,
        change_summary="New signs to the clinic.",
    ).story
    StoryResponseFactory(story__user=member, story__email="", story__title="A kind porter")
    waiting = StoryFactory(user=member, email="", title="The night shift", status=Status.HELD)
    StoryFactory(
        user=member, email="", title="Names and all", status=Status.REMOVED, removal_reason="It could identify someone"
    )
    StoryFactory(user=member, email="", title="Never sent", status=Status.HELD, confirmed_at=None)
    client.force_login(member)

    told = taking_part(client)["Stories you told us"]

    texts = [item for item in told if isinstance(item, str)]
    assert len(texts) == 4
    (item,) = [text for text in texts if "Lost in the corridors" in text]
    assert "The service answered it." in item and "Change made: New signs to the clinic." in item
    assert ("Lost in the corridors", changed.get_absolute_url()) in told
    assert ("Change made: New signs to the clinic.", changed.get_absolute_url() + "#what-the-service-said") in told
    assert any("A kind porter" in text and "Read what the service said" in text for text in texts)
    assert any("The night shift" in text and "Waiting for a moderator to read it." in text for text in texts)
    assert ("The night shift", waiting.get_absolute_url()) not in told  # nobody can open it yet
    assert any(
        "Names and all" in text and "We did not publish it. Why: It could identify someone." in text for text in texts
    )
