"""The service answers a story in the admin: the answer shows under the story, the author is
e-mailed once, and the stories page says what share of stories led to a change, with small
counts withheld."""

import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from demo.factories.people import MemberFactory
from demo.factories.stories import StoryFactory, StoryResponseFactory
from moderation.models import Status
from stories.models import Change, StoryResponse

pytestmark = pytest.mark.django_db


@pytest.fixture
def publisher(db):
    user = MemberFactory(display_name="Pat the publisher")
    user.groups.add(Group.objects.get(name="Publishers"))
    return user


def response_form(story, **changes):
    return {
        "story": str(story.pk),
        "text": "Thank you. We have talked to the team about waiting times at night.",
        "responder": "Ward manager, Minor injuries unit",
        "change": Change.PLANNED,
        "change_summary": "We will add a second nurse at night from June.",
        **changes,
    }


def test_staff_respond_in_the_admin_and_the_author_is_emailed_once(
    client, services, publisher, mailoutbox, django_capture_on_commit_callbacks
):
    story = StoryFactory(service=services[0], email="robin@example.org", title="A long wait")
    client.force_login(publisher)
    add = reverse("story_responses:add")
    form = client.get(add).content.decode()
    assert "A long wait (Minor injuries unit)" in form

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(add, response_form(story))
    assert response.status_code == 302, response.content.decode()[:2000]
    sent = [message for message in mailoutbox if "robin@example.org" in message.to]
    assert [message.subject for message in sent] == ["The service has answered your story"]
    assert f"/feedback/stories/{story.pk}/" in sent[0].body

    answer = StoryResponse.objects.get()
    assert answer.created_by == publisher
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("story_responses:edit", args=[answer.pk]),
            response_form(story, change=Change.MADE, change_summary="A second nurse now works every night."),
        )
    assert len([message for message in mailoutbox if "robin@example.org" in message.to]) == 1
    assert StoryResponse.objects.get().change == Change.MADE

    client.logout()
    page = client.get(story.get_absolute_url()).content.decode()
    assert "Ward manager, Minor injuries unit" in page
    assert "Change made" in page
    assert "A second nurse now works every night." in page


def test_a_change_needs_saying_what_it_is(client, services, publisher):
    story = StoryFactory(service=services[0])
    client.force_login(publisher)
    response = client.post(reverse("story_responses:add"), response_form(story, change_summary=""))
    assert response.status_code == 200
    assert "Say in a sentence or two what is changing." in response.content.decode()
    assert not StoryResponse.objects.exists()


def test_only_published_stories_without_a_response_can_be_answered(client, services, publisher):
    held = StoryFactory(service=services[0], title="Held one", status=Status.HELD)
    answered = StoryResponseFactory(story__service=services[0], story__title="Answered one").story
    open_story = StoryFactory(service=services[0], title="Open one")
    client.force_login(publisher)
    form = client.get(reverse("story_responses:add")).content.decode()
    assert "Open one" in form
    assert "Held one" not in form and "Answered one" not in form
    response = client.post(reverse("story_responses:add"), response_form(held))
    assert response.status_code == 200
    assert not StoryResponse.objects.filter(story__in=[held, open_story]).exists()
    assert answered.response


def share_text(client):
    page = client.get(reverse("stories:list")).content.decode()
    return re.sub(r"\s+", " ", page.split("What stories changed")[1].split("</div>")[0])


def test_the_share_of_stories_that_led_to_a_change(client, services):
    for _ in range(6):
        StoryResponseFactory(story__service=services[0], change=Change.MADE)
    for _ in range(5):
        StoryResponseFactory(story__service=services[0], change=Change.PLANNED)
    for _ in range(9):
        StoryFactory(service=services[1])
    StoryFactory(service=services[1], status=Status.HELD)  # not published: not counted
    StoryFactory(service=services[1], confirmed_at=None)  # never confirmed: not counted

    text = share_text(client)
    assert "Of 20 published stories, 6 led to a change (30%)." in text
    assert "5 more led to changes that are planned." in text


def test_small_counts_of_changes_are_withheld(client, services):
    for _ in range(2):
        StoryResponseFactory(story__service=services[0], change=Change.MADE)
    for _ in range(8):
        StoryFactory(service=services[1])
    text = share_text(client)
    assert "fewer than 5 have led to a change so far" in text
    assert "2 " not in text and "20%" not in text


def test_too_few_stories_to_say_anything(client, services):
    StoryResponseFactory(story__service=services[0], change=Change.MADE)
    assert "once we have published 5 or more" in share_text(client)


def test_the_list_filters_by_service_and_topic(client, services):
    StoryFactory(service=services[0], title="About the unit")
    bus = StoryFactory(service=services[1], title="About the bus")
    bus.topics.add(services[0].topic.__class__.objects.get(slug="urgent-care"))
    page = client.get(reverse("stories:list"), {"service": "patient-transport"}).content.decode()
    assert "About the bus" in page and "About the unit" not in page
    page = client.get(reverse("stories:list"), {"topic": "urgent-care"}).content.decode()
    assert "About the bus" in page and "About the unit" not in page
    page = client.get(reverse("stories:list"), {"service": "no-such", "topic": "<b>"}).content.decode()
    assert "About the bus" in page and "About the unit" in page
    assert "There is a problem" not in page
