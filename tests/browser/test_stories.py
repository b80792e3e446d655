"""Telling a patient story in Chromium by keyboard only, confirming it from the link in the
e-mail, then reading it with the service's response once a moderator has published it: axe
on every page on the way."""

import re

from django.core import mail
from playwright.sync_api import expect

from demo.factories.people import MemberFactory
from demo.factories.stories import StoryFactory, StoryResponseFactory
from demo.factories.taxonomy import ServiceFactory
from moderation.models import Status
from stories import deciding
from stories.models import Change, Story
from taxonomy.models import Topic

from .accounts import log_in
from .test_equality import tab_to


def type_into(page, target, text):
    tab_to(page, target)
    page.keyboard.type(text)


def test_telling_a_story_by_keyboard_and_confirming_it(page, live_server, home_page, assert_no_axe_violations):
    topic = Topic.objects.create(name="Urgent care", slug="urgent-care")
    ServiceFactory(name="Minor injuries unit", slug="minor-injuries", topic=topic)
    ServiceFactory(name="Patient transport", slug="patient-transport", topic=topic)

    page.goto("/feedback/stories/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Patient stories")
    assert_no_axe_violations(page)
    tab_to(page, page.get_by_role("link", name="Tell us your story"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Tell us your story")
    assert_no_axe_violations(page)

    tab_to(page, page.get_by_role("button", name="Send your story"))
    page.keyboard.press("Enter")  # nothing filled in: the errors, then fill in
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    assert_no_axe_violations(page)

    tab_to(page, page.get_by_label("Which service is your story about?"))
    page.keyboard.type("Minor")
    type_into(page, page.get_by_label("Your story", exact=True), "The nurse stitched my hand and made me laugh.")
    type_into(page, page.get_by_role("textbox", name=re.compile("^A title for your story")), "A kind nurse at night")
    tab_to(page, page.get_by_label("Urgent care"))
    page.keyboard.press("Space")
    type_into(page, page.get_by_label("Your e-mail address"), "robin@example.org")
    tab_to(page, page.get_by_role("button", name="Send your story"))
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Check your e-mail")
    assert_no_axe_violations(page)
    story = Story.objects.get()
    assert story.confirmed_at is None and story.service.slug == "minor-injuries"

    link = re.search(r"http\S+/feedback/stories/confirm/\S+/", mail.outbox[-1].body).group(0)
    page.goto(link)
    assert_no_axe_violations(page)
    tab_to(page, page.get_by_role("button", name="Yes, send my story"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for your story")
    assert_no_axe_violations(page)

    story.refresh_from_db()
    assert story.status == Status.HELD and story.confirmed_at is not None
    deciding.approve(story, MemberFactory())
    page.goto(story.get_absolute_url())
    expect(page.get_by_role("heading", level=1)).to_have_text("A kind nurse at night")
    assert_no_axe_violations(page)


def test_the_story_pages_with_responses_and_figures_pass_axe(page, live_server, home_page, assert_no_axe_violations):
    service = ServiceFactory(name="Patient transport", slug="patient-transport")
    for _ in range(6):
        StoryResponseFactory(story__service=service, change=Change.MADE, change_summary="More buses at night.")
    StoryFactory.create_batch(12, service=service)
    answered = Story.objects.filter(response__isnull=False).first()

    page.goto("/feedback/stories/")
    expect(page.get_by_text("led to a change")).to_be_visible()
    assert_no_axe_violations(page)
    page.goto("/feedback/stories/?service=patient-transport&page=2")
    assert_no_axe_violations(page)
    page.goto(answered.get_absolute_url())
    expect(page.get_by_text("More buses at night.")).to_be_visible()
    assert_no_axe_violations(page)
    page.goto("/feedback/stories/confirm/made-up/")
    expect(page.get_by_role("heading", level=1)).to_have_text("This link does not work")
    assert_no_axe_violations(page)


def test_a_member_tells_a_story_by_keyboard_without_giving_an_address(
    page, live_server, home_page, assert_no_axe_violations
):
    ServiceFactory(name="Minor injuries unit", slug="minor-injuries")
    member = MemberFactory(display_name="Robin")
    log_in(page, member)
    page.goto("/feedback/stories/tell/")
    expect(page.get_by_label("Your e-mail address")).to_have_count(0)
    tab_to(page, page.get_by_label("Which service is your story about?"))
    page.keyboard.type("Minor")
    type_into(page, page.get_by_label("Your story", exact=True), "Quick and kind.")
    tab_to(page, page.get_by_role("button", name="Send your story"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for your story")
    assert_no_axe_violations(page)
    assert Story.objects.get().user == member
