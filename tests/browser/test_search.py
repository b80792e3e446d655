"""Searching the site in Chromium: from the header with the keyboard alone, without JavaScript,
and the results, empty and nothing-found pages checked with axe."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from core.models import SiteSettings
from demo.factories.consultations import ConsultationIndexPageFactory
from tests.search.pages import consultation, content_page

SHOTS = Path("/tmp/shots")  # noqa: S108 - screenshots for a person to look at, not secrets


@pytest.fixture
def searchable_site(home_page):
    """A few pages about physiotherapy, and contact details for the nothing-found page."""
    finder = ConsultationIndexPageFactory(parent=home_page)
    consultation(
        finder,
        "Physiotherapy after a stroke",
        "We want to know if you would come to physiotherapy at the leisure centre instead of the hospital.",
    )
    content_page(
        home_page,
        "Physiotherapy",
        summary="Physiotherapy helps you move better after an injury or an operation.",
        body="You can refer yourself to physiotherapy. You do not need to see your GP first.",
    )
    content_page(home_page, "Back pain", summary="Exercises for back pain, and when to ask for physiotherapy.")
    settings = SiteSettings.for_site(home_page.get_site())
    settings.contact_phone = "0300 123 4567"
    settings.contact_email = "engage@example.org"
    settings.save()
    return home_page


def screenshot(page, name):
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SHOTS / f"{name}.png", full_page=True)


def test_search_from_the_header_with_the_keyboard_only(page, searchable_site, assert_no_axe_violations):
    page.goto("/")
    search_box = page.get_by_role("banner").get_by_label("Search this site")
    for _ in range(5):
        page.keyboard.press("Tab")
        if search_box.evaluate("element => element === document.activeElement"):
            break
    expect(search_box).to_be_focused()

    page.keyboard.type("physiotherapy")
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"/search/\?q=physiotherapy$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Search results")
    expect(page.get_by_role("heading", name="3 results for ‘physiotherapy’")).to_be_visible()
    expect(page.locator("mark").first).to_have_text(re.compile("physiotherapy", re.IGNORECASE))
    assert_no_axe_violations(page)
    screenshot(page, "search-results")

    first_result = page.get_by_role("list", name=re.compile("results for")).get_by_role("link").first
    first_result.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile("Physiotherapy"))


def test_filter_and_sort_without_javascript(new_page, searchable_site):
    page = new_page(java_script_enabled=False)
    page.goto("/")
    page.get_by_role("banner").get_by_label("Search this site").fill("physiotherapy")
    page.get_by_role("banner").get_by_role("button", name="Search").click()

    page.get_by_label("Consultations").check()
    page.get_by_label("Newest first").check()
    page.get_by_role("button", name="Update results").click()

    expect(page.get_by_role("heading", name="1 result for ‘physiotherapy’")).to_be_visible()
    expect(page.get_by_role("link", name="Physiotherapy after a stroke")).to_be_visible()
    expect(page.get_by_label("Newest first")).to_be_checked()


def test_empty_search_page_helps_people_start(page, searchable_site, assert_no_axe_violations):
    page.goto("/search/")

    expect(page.get_by_role("heading", level=1)).to_have_text("Search")
    expect(page.get_by_role("main").get_by_label("Search this site")).to_be_visible()
    expect(page.get_by_role("link", name="Consultations")).to_be_visible()
    assert_no_axe_violations(page)
    screenshot(page, "search-empty")


def test_a_search_that_cannot_be_run_says_why(page, searchable_site, assert_no_axe_violations):
    response = page.goto("/search/?q=%00")

    assert response.status == 400
    search_box = page.get_by_role("main").get_by_label("Search this site")
    expect(search_box).to_have_accessible_description(re.compile("Your search has a character we cannot search for"))
    assert_no_axe_violations(page)
    screenshot(page, "search-error")


def test_nothing_found_page_says_what_to_try(page, searchable_site, assert_no_axe_violations):
    page.goto("/search/?q=xylophone")

    expect(page.get_by_role("heading", name="0 results for ‘xylophone’")).to_be_visible()
    expect(page.get_by_text("check the spelling")).to_be_visible()
    expect(page.get_by_role("main").get_by_role("link", name="0300 123 4567")).to_be_visible()
    assert_no_axe_violations(page)
    screenshot(page, "search-no-results")


def test_results_fit_a_phone_screen(new_page, searchable_site, assert_no_axe_violations):
    page = new_page(viewport={"width": 375, "height": 812}, is_mobile=True, has_touch=True)
    page.goto("/search/?q=physiotherapy")

    assert page.evaluate("document.scrollingElement.scrollWidth") <= 375, "the page scrolls sideways on a phone"
    assert_no_axe_violations(page)
    screenshot(page, "search-results-phone")
