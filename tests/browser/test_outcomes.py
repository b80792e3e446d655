"""'You said, we did' pages in Chromium: they pass axe, fit a phone and print whole."""

import datetime
import re
from pathlib import Path

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from consultations.models import ConsultationIndexPage, ConsultationPage
from outcomes.models import ActionStatus, OutcomeIndexPage, OutcomePage, OutcomeTheme
from taxonomy.models import Place, Topic

SHOTS = Path("/tmp/shots")  # noqa: S108 - screenshots for a person to look at, not secrets
SHOTS.mkdir(exist_ok=True)


@pytest.fixture
def consultation(home_page):
    now = timezone.now()
    index = home_page.add_child(instance=ConsultationIndexPage(title="Consultations", slug="consultations"))
    return index.add_child(
        instance=ConsultationPage(
            title="The minor injuries unit at night",
            summary="Should Kellsmoor's minor injuries unit close from midnight to 8am?",
            audience="Anyone who uses Kellsmoor Community Hospital",
            opens_at=now - datetime.timedelta(days=60),
            closes_at=now - datetime.timedelta(days=30),
            topic=Topic.objects.create(name="Minor injuries", slug="minor-injuries"),
            place=Place.objects.create(name="Kellsmoor", slug="kellsmoor"),
        )
    )


@pytest.fixture
def outcome(consultation):
    outcome = OutcomePage(
        title="You said, we did: the minor injuries unit at night",
        consultation=consultation,
        summary="The unit will close at night. We now pay for taxis to A&E, and X-ray stays open until 10pm.",
        introduction="312 people answered: online, on paper and at three drop-ins.",
        live=False,
    )
    themes = [
        ("It is hard to get to A&E at night without a car.", "We pay for a taxi to A&E at night.", "done", ""),
        ("Keep X-ray open later.", "X-ray now stays open until 10pm.", "done", ""),
        ("Tell people where to go at night.", "We are sending a leaflet to every home.", "in_progress", ""),
        ("Ask the bus company for a night bus.", "We will meet the bus company in June.", "planned", ""),
        (
            "Keep the unit open all night.",
            "We cannot keep it open all night.",
            ActionStatus.NOT_POSSIBLE,
            "We do not have enough nurses at night, and very few people came then.",
        ),
    ]
    for you_said, we_did, status, reason in themes:
        outcome.themes.add(OutcomeTheme(you_said=you_said, we_did=we_did, status=status, reason=reason))
    consultation.add_child(instance=outcome)
    outcome.save_revision().publish()
    return outcome


@pytest.fixture
def outcome_index(home_page, consultation, outcome):
    index = home_page.add_child(
        instance=OutcomeIndexPage(
            title="You said, we did",
            slug="you-said-we-did",
            introduction="What we changed because of what people told us.",
        )
    )
    for number in range(11):
        older = OutcomePage(
            title=f"What we did about GP booking, part {number + 1}",
            consultation=consultation,
            summary="One phone number now books appointments at every practice.",
            live=False,
        )
        older.themes.add(OutcomeTheme(you_said="Phone lines are busy.", we_did="One number for all.", status="done"))
        index.add_child(instance=older)
        older.save_revision().publish()
        OutcomePage.objects.filter(pk=older.pk).update(
            first_published_at=timezone.now() - datetime.timedelta(days=number + 1)
        )
    return index


def test_outcome_page_shows_what_we_did_and_passes_axe(page, outcome, consultation, assert_no_axe_violations):
    page.goto(outcome.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(outcome.title)
    expect(page.get_by_text("5 actions: 2 done, 1 in progress, 1 planned, 1 not possible")).to_be_visible()
    expect(page.get_by_text("We do not have enough nurses at night")).to_be_visible()
    expect(page.get_by_role("main").get_by_role("link", name=consultation.title)).to_be_visible()
    assert_no_axe_violations(page)
    page.screenshot(path=SHOTS / "outcome_page.png", full_page=True)

    page.emulate_media(media="print")
    page.screenshot(path=SHOTS / "outcome_page_print.png", full_page=True)


def test_outcome_page_fits_a_phone(new_page, outcome, assert_no_axe_violations):
    page = new_page(viewport={"width": 375, "height": 812}, is_mobile=True, has_touch=True)
    page.goto(outcome.url)
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 375
    assert_no_axe_violations(page)
    page.screenshot(path=SHOTS / "outcome_page_phone.png", full_page=True)


def test_outcome_index_pages_through_outcomes_without_javascript(new_page, outcome_index, outcome):
    page = new_page(java_script_enabled=False)
    page.goto(outcome_index.url)
    expect(page.get_by_role("heading", level=2).first).to_have_text(outcome.title)
    expect(page.locator("main .nhsuk-card")).to_have_count(10)

    page.get_by_role("link", name="Next page").click()
    expect(page).to_have_url(re.compile(r"/you-said-we-did/\?page=2$"))
    expect(page.locator("main .nhsuk-card")).to_have_count(2)


def test_outcome_index_passes_axe(page, outcome_index, assert_no_axe_violations):
    page.goto(outcome_index.url)
    assert_no_axe_violations(page)
    page.screenshot(path=SHOTS / "outcome_index.png", full_page=True)


def test_empty_outcome_index_passes_axe(page, home_page, assert_no_axe_violations):
    index = home_page.add_child(instance=OutcomeIndexPage(title="You said, we did", slug="you-said-we-did"))
    page.goto(index.url)
    expect(page.get_by_text("We have not published any outcomes yet")).to_be_visible()
    assert_no_axe_violations(page)
    page.screenshot(path=SHOTS / "outcome_index_empty.png", full_page=True)
