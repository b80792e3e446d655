"""Finding and answering a consultation in Chromium, by keyboard, with axe on every page."""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from consultations.models import Channel, ConsultationPage, ConsultationResponse
from consultations.recording import record_response
from demo.factories.consultations import (
    ConsultationIndexPageFactory,
    ConsultationPageFactory,
    ConsultationQuestionFactory,
)
from demo.factories.taxonomy import PlaceFactory, TopicFactory


@pytest.fixture
def finder(home_page):
    finder = ConsultationIndexPageFactory(parent=home_page)
    birth_centre = ConsultationPageFactory(
        parent=finder,
        title="Moving the birth centre",
        slug="birth-centre",
        summary="We want to move the midwife-led birth centre next to the labour ward.",
        topic=TopicFactory(name="Maternity", slug="maternity"),
        place=PlaceFactory(name="Wendlebridge", slug="wendlebridge"),
        other_languages="Polish and Urdu. Phone us to ask.",
        phone="0113 496 0123",
    )
    ConsultationQuestionFactory(
        page=birth_centre,
        label="Where did you give birth?",
        field_type="radio",
        choices="At home\nIn the birth centre\nOn the labour ward",
        required=True,
    )
    ConsultationQuestionFactory(
        page=birth_centre,
        label="What matters most to you?",
        field_type="checkboxes",
        choices="Being close to doctors\nA calm room\nParking",
    )
    ConsultationQuestionFactory(page=birth_centre, label="Anything else you want to tell us?", field_type="multiline")
    return finder


@pytest.fixture
def transport_results(finder):
    now = timezone.now()
    transport = ConsultationPageFactory(
        parent=finder,
        title="Who can get free patient transport",
        slug="patient-transport",
        opens_at=now - datetime.timedelta(days=60),
        closes_at=now - datetime.timedelta(days=3),
        results_published=True,
    )
    question = ConsultationQuestionFactory(
        page=transport, label="Should carers travel free?", field_type="radio", choices="Yes\nNo\nNot sure"
    )
    for answer, channel in [("Yes", Channel.ONLINE)] * 6 + [("No", Channel.PAPER)] * 3 + [("Not sure", Channel.PHONE)]:
        record_response(transport, {question.clean_name: answer}, channel=channel)
    return transport


def test_a_person_finds_and_answers_a_consultation_by_keyboard(page, live_server, finder, assert_no_axe_violations):
    page.goto(f"{live_server.url}/consultations/?stage=open")
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Moving the birth centre").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Moving the birth centre")
    assert_no_axe_violations(page)

    # Send with nothing answered: the error summary takes focus and links to the question.
    page.get_by_role("button", name="Send my answers").focus()
    page.keyboard.press("Enter")
    summary = page.locator(".nhsuk-error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()
    assert_no_axe_violations(page)
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Answer the question: Where did you give birth?")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_label("At home")).to_be_focused()

    # Answer with the keyboard only: arrows choose a radio, space ticks a box, typing fills text.
    page.keyboard.press("ArrowDown")
    expect(page.get_by_label("In the birth centre")).to_be_checked()
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    expect(page.get_by_label("Being close to doctors")).to_be_checked()
    page.get_by_label("Anything else you want to tell us?").focus()
    page.keyboard.type("The birth centre felt calm and safe.")
    page.get_by_role("button", name="Send my answers").focus()
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you, we have your answers")
    stored = ConsultationResponse.objects.get()
    expect(page.locator(".response-reference")).to_have_text(stored.reference)
    assert stored.form_data["anything_else_you_want_to_tell_us"] == "The birth centre felt calm and safe."
    assert_no_axe_violations(page)


PHONE = {"viewport": {"width": 375, "height": 667}, "is_mobile": True, "has_touch": True}


@pytest.mark.parametrize("javascript", [True, False], ids=["with JavaScript", "without JavaScript"])
def test_on_a_phone_the_error_summary_is_the_first_thing_seen(
    new_page, live_server, finder, javascript, assert_no_axe_violations
):
    phone = new_page(java_script_enabled=javascript, **PHONE)
    phone.goto(f"{live_server.url}{ConsultationPage.objects.get(slug='birth-centre').url}")
    phone.get_by_role("button", name="Send my answers").click()

    expect(phone).to_have_title(re.compile("^Error: Moving the birth centre"))
    summary = phone.locator(".nhsuk-error-summary")
    expect(summary).to_contain_text("Answer the question: Where did you give birth?")
    # On screen as the page opens: not below the fold, and not left to a script to scroll to.
    box = summary.bounding_box()
    assert box["y"] >= 0 and box["y"] + box["height"] <= PHONE["viewport"]["height"], box
    if javascript:
        expect(summary).to_be_focused()
        assert_no_axe_violations(phone)


def test_results_chart_and_table_pass_axe(page, live_server, transport_results, assert_no_axe_violations):
    page.goto(f"{live_server.url}{transport_results.url}")
    expect(page.get_by_role("heading", name="What people told us")).to_be_visible()
    table = page.get_by_role("table", name="Should carers travel free?")
    expect(table.get_by_role("row", name="Yes 6 60%")).to_be_visible()
    assert_no_axe_violations(page)


def test_coming_soon_consultation_and_phone_layout(new_page, live_server, finder, assert_no_axe_violations):
    soon = ConsultationPageFactory(
        parent=finder,
        title="One phone line for GP appointments",
        slug="gp-phone-line",
        opens_at=timezone.now() + datetime.timedelta(days=14),
        closes_at=timezone.now() + datetime.timedelta(days=60),
    )
    phone = new_page(viewport={"width": 375, "height": 812})
    phone.goto(f"{live_server.url}{soon.url}")
    expect(phone.get_by_text("This consultation opens on")).to_be_visible()
    assert phone.evaluate("document.scrollingElement.scrollWidth") <= 375
    assert_no_axe_violations(phone)
