"""A consultation in Welsh and in Urdu, in Chromium: axe on each page in both languages, the
Urdu page mirrored right to left and usable 320 px wide, and answers that count in English."""

import pytest
from playwright.sync_api import expect
from wagtail.models import Locale

from consultations.models import ConsultationResponse

from .test_consultations import finder  # noqa: F401 (a fixture)

NAMES = {
    "cy": ("Symud y ganolfan eni", "Ble wnaethoch chi roi genedigaeth?", "Gartref\nYn y ganolfan eni\nAr y ward esgor"),
    "ur": ("برتھ سینٹر کی منتقلی", "آپ نے بچے کو کہاں جنم دیا؟", "گھر پر\nبرتھ سینٹر میں\nلیبر وارڈ پر"),
}


@pytest.fixture
def translated(finder):  # noqa: F811
    """The birth centre consultation, with the home page and finder above it, in Welsh and Urdu."""
    home = finder.get_parent().specific
    english = finder.get_children().get(slug="birth-centre").specific
    pages = {}
    for code, (title, question, choices) in NAMES.items():
        locale = Locale.objects.get_or_create(language_code=code)[0]
        home.copy_for_translation(locale).save_revision().publish()
        page = english.copy_for_translation(locale, copy_parents=True)
        page.title = title
        questions = list(page.form_fields.all())
        questions[0].label, questions[0].choices = question, choices
        page.form_fields = questions
        page.save_revision().publish()
        pages[code] = page
    return english, pages


def test_each_page_passes_axe_in_welsh_and_urdu(page, live_server, translated, assert_no_axe_violations):
    english, pages = translated
    for code in ("cy", "ur"):
        for address in (f"/{code}/", f"/{code}{english.get_parent().url}", pages[code].url):
            page.goto(f"{live_server.url}{address}")
            expect(page.locator("html")).to_have_attribute("lang", code)
            expect(page.locator("html")).to_have_attribute("dir", "rtl" if code == "ur" else "ltr")
            assert_no_axe_violations(page)


def test_an_urdu_reader_answers_on_a_narrow_phone_and_the_answer_counts_in_english(
    new_page, live_server, translated, assert_no_axe_violations
):
    english, pages = translated
    phone = new_page(viewport={"width": 320, "height": 640})
    phone.goto(f"{live_server.url}{english.url}")
    phone.get_by_role("link", name="اردو").click()
    expect(phone.get_by_role("heading", level=1)).to_have_text("برتھ سینٹر کی منتقلی")
    assert phone.evaluate("document.scrollingElement.scrollWidth") <= 320
    assert_no_axe_violations(phone)

    # Right to left: the radio button sits at the start of its line, on the right.
    choice = phone.get_by_label("گھر پر")
    label = phone.locator("label", has_text="گھر پر")
    assert choice.bounding_box()["x"] > label.bounding_box()["x"]
    choice.check()
    phone.get_by_role("button", name="میرے جواب بھیجیں").click()

    expect(phone.get_by_role("heading", level=1)).to_have_text("شکریہ، ہمیں آپ کے جواب مل گئے")
    assert phone.evaluate("document.scrollingElement.scrollWidth") <= 320
    stored = ConsultationResponse.objects.get()
    assert stored.page_id == english.pk
    assert stored.form_data["where_did_you_give_birth"] == "At home"
