"""Other formats in Chromium: the easy read version answered by keyboard alone, a consultation
printed (no navigation, link addresses written out), and the questions on paper, with axe on
each page."""

import pytest
from playwright.sync_api import expect

from consultations.models import Channel, ConsultationResponse
from demo.factories.consultations import (
    ConsultationIndexPageFactory,
    ConsultationPageFactory,
    ConsultationQuestionFactory,
    EasyReadPageFactory,
    easy_read_point,
)


@pytest.fixture
def birth_centre(home_page):
    consultation = ConsultationPageFactory(
        parent=ConsultationIndexPageFactory(parent=home_page),
        title="Moving the birth centre",
        slug="birth-centre",
        summary="We want to move the birth centre next to the labour ward.",
    )
    ConsultationQuestionFactory(
        page=consultation,
        label="How do you feel about moving the birth centre next to the labour ward?",
        easy_read_label="Do you like the idea?",
        field_type="radio",
        choices="I like the idea\nI am not sure\nI do not like the idea",
        required=True,
    )
    ConsultationQuestionFactory(
        page=consultation,
        label="What matters most to you in a birth centre?",
        easy_read_label="What is most important to you?",
        field_type="checkboxes",
        choices="A birth pool\nEasy parking",
    )
    ConsultationQuestionFactory(
        page=consultation,
        label="What worries you about the move, if anything?",
        easy_read_label="Does the move worry you?",
        field_type="multiline",
    )
    EasyReadPageFactory(
        parent=consultation,
        title="Moving the birth centre: easy read",
        points=[
            easy_read_point("The birth centre is a calm place to have a baby."),
            easy_read_point("We want to move it.\nIt would be next to the labour ward.", "A drawing of an arrow."),
        ],
    )
    return consultation


def test_a_person_answers_the_easy_read_version_by_keyboard(page, birth_centre, assert_no_axe_violations):
    page.goto(birth_centre.url)
    page.get_by_role("link", name="Easy read version").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Moving the birth centre: easy read")
    expect(page.get_by_role("img", name="A drawing of an arrow.")).to_be_visible()
    assert_no_axe_violations(page)

    page.get_by_label("I like the idea").focus()
    page.keyboard.press("ArrowDown")
    expect(page.get_by_label("I am not sure")).to_be_checked()
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    expect(page.get_by_label("A birth pool")).to_be_checked()
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    expect(page.get_by_label("Does the move worry you? (optional)")).to_be_focused()
    page.keyboard.type("Parking at night.")
    page.get_by_role("button", name="Send my answers").focus()
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you, we have your answers")
    stored = ConsultationResponse.objects.get()
    expect(page.locator(".response-reference")).to_have_text(stored.reference)
    assert stored.page_id == birth_centre.pk
    assert stored.channel == Channel.EASY_READ
    assert stored.form_data == {
        "how_do_you_feel_about_moving_the_birth_centre_next_to_the_labour_ward": "I am not sure",
        "what_matters_most_to_you_in_a_birth_centre": ["A birth pool"],
        "what_worries_you_about_the_move_if_anything": "Parking at night.",
    }


AFTER = "(link) => getComputedStyle(link, '::after').content"


def test_a_printed_consultation_has_no_navigation_and_shows_link_addresses(page, birth_centre):
    page.goto(birth_centre.url)
    page.emulate_media(media="print")
    expect(page.locator(".nhsuk-header__search")).to_be_hidden()
    expect(page.locator(".nhsuk-header__account")).to_be_hidden()
    expect(page.locator(".nhsuk-skip-link")).to_be_hidden()
    expect(page.locator(".nhsuk-breadcrumb")).to_be_hidden()
    expect(page.locator(".nhsuk-footer__list")).to_be_hidden()
    expect(page.get_by_role("button", name="Send my answers")).to_be_hidden()
    # The questionnaire keeps its answer space, to fill in by hand.
    expect(page.get_by_label("What worries you about the move, if anything? (optional)")).to_be_visible()

    easy_read = page.get_by_role("link", name="Easy read version")
    assert "/consultations/birth-centre/easy-read/" in easy_read.evaluate(AFTER)
    # A link within the page means nothing on paper.
    assert page.get_by_role("link", name="Go to the questions").evaluate(AFTER) == "none"

    page.emulate_media(media="screen")
    expect(page.locator(".nhsuk-header__search")).to_be_visible()
    assert easy_read.evaluate(AFTER) == "none"


def test_the_questions_on_paper(page, birth_centre, assert_no_axe_violations):
    page.goto(birth_centre.url)
    page.get_by_role("link", name="Print the questions on paper").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Moving the birth centre")
    expect(page.get_by_role("heading", level=3)).to_have_text(
        [
            "How do you feel about moving the birth centre next to the labour ward?",
            "What matters most to you in a birth centre? (optional)",
            "What worries you about the move, if anything? (optional)",
        ]
    )
    assert_no_axe_violations(page)
    page.emulate_media(media="print")
    expect(page.get_by_role("link", name="Back to Moving the birth centre")).to_be_hidden()
    expect(page.get_by_text("For office use")).to_be_visible()


@pytest.mark.parametrize("address", ["easy-read/", "paper/"])
def test_the_easy_read_and_paper_versions_fit_a_320_pixel_screen(
    new_page, birth_centre, address, assert_no_axe_violations
):
    narrow = new_page(viewport={"width": 320, "height": 640})
    narrow.goto(birth_centre.url + address)
    assert narrow.evaluate("document.scrollingElement.scrollWidth") <= 320
    assert_no_axe_violations(narrow)
