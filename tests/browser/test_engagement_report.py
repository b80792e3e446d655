"""The engagement report in Chromium: it passes axe, fits a phone, and prints as a clean
black-and-white document without the site's navigation."""

import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from consultations.models import ConsultationIndexPage, ConsultationPage
from consultations.recording import record_response
from demo.factories.consultations import ConsultationIndexPageFactory, ConsultationPageFactory
from engagement_report.models import EngagementReportPage
from outcomes.models import ActionStatus, OutcomePage, OutcomeTheme

SHOTS = Path("/tmp/shots")  # noqa: S108 - screenshots for a person to look at, not secrets
SHOTS.mkdir(exist_ok=True)
UK = ZoneInfo("Europe/London")


@pytest.fixture
def report(home_page):
    """Last year's report for the demo world: five consultations, all closed, answered in every
    way, two with a "you said, we did" page and two still waiting for one."""
    today = timezone.localdate()
    year = (today.year if today.month >= 4 else today.year - 1) - 1
    finder = ConsultationIndexPageFactory(parent=home_page)

    def consult(title, month, **responses):
        opens_at = datetime.datetime(year + (month < 4), month, 1, 9, tzinfo=UK)
        consultation = ConsultationPageFactory(
            parent=finder, title=title, opens_at=opens_at, closes_at=opens_at + datetime.timedelta(weeks=8)
        )
        for channel, count in responses.items():
            for _ in range(count):
                record_response(consultation, {"your_views": "Thank you for asking."}, channel=channel)
        return consultation

    def outcome(consultation, *statuses):
        page = OutcomePage(
            title=f"You said, we did: {consultation.title.lower()}",
            summary="We changed our plans because of what people told us.",
            consultation=consultation,
        )
        for status in statuses:
            page.themes.add(OutcomeTheme(you_said="A worry.", we_did="What we did.", status=status, reason="Cost."))
        return consultation.add_child(instance=page)

    minor_injuries = consult("The minor injuries unit at night", 4, online=40, paper=12, event=6, phone=3)
    outcome(minor_injuries, ActionStatus.DONE, ActionStatus.DONE, ActionStatus.IN_PROGRESS, ActionStatus.NOT_POSSIBLE)
    transport = consult("Free transport to hospital", 6, online=25, paper=9, email=2)
    outcome(transport, ActionStatus.PLANNED, ActionStatus.DONE)
    consult("Diabetes clinics in other languages", 9, online=8, event=14, easy_read=5)
    consult("Repeat prescriptions through the NHS App", 11, online=30, phone=4)
    consult("Support for young people while they wait", 2, online=22, easy_read=7)
    return home_page.add_child(
        instance=EngagementReportPage(
            title=f"How we involved people: {year} to {year + 1}",
            slug=f"engagement-report-{year}",
            year_starting=year,
            introduction="Every year we report on how we asked local people about changes to their health "
            "services, and what we did with what they told us.",
        )
    )


def test_report_shows_the_year_and_passes_axe(page, report, assert_no_axe_violations):
    page.goto(report.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(report.title)
    expect(page.get_by_text("we asked people about 5 changes")).to_be_visible()
    expect(page.get_by_role("heading", name="We still owe people an answer")).to_be_visible()
    expect(page.get_by_role("table", name="How many people answered each consultation, and how")).to_be_visible()
    assert_no_axe_violations(page)
    page.screenshot(path=SHOTS / "engagement_report.png", full_page=True)

    page.get_by_role("link", name="The minor injuries unit at night").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("The minor injuries unit at night")


def test_report_fits_a_phone(new_page, report, assert_no_axe_violations):
    page = new_page(viewport={"width": 375, "height": 812}, is_mobile=True, has_touch=True)
    page.goto(report.url)
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 375
    assert_no_axe_violations(page)
    page.screenshot(path=SHOTS / "engagement_report_phone.png", full_page=True)


def test_printed_report_has_no_navigation_and_gives_full_addresses(page, report):
    ConsultationIndexPage.objects.update(show_in_menus=True)  # so the header has a menu
    page.goto(report.url)
    navigation = page.get_by_role("navigation", name="Menu")
    expect(navigation).to_be_visible()

    page.emulate_media(media="print")

    expect(navigation).to_be_hidden()
    expect(page.locator(".nhsuk-footer__list")).to_be_hidden()
    expect(page.locator(".result-chart__bars")).to_be_hidden()
    expect(page.get_by_role("table", name="How people sent us their answers")).to_be_visible()
    title = page.locator(".engagement-report__consultation h3 a").first
    printed_address = title.evaluate("link => getComputedStyle(link, '::after').content")
    minor_injuries = ConsultationPage.objects.get(title="The minor injuries unit at night")
    assert printed_address == f'" ({minor_injuries.full_url})"'
    assert title.evaluate("link => getComputedStyle(link).color") == "rgb(0, 0, 0)"
    page.screenshot(path=SHOTS / "engagement_report_print.png", full_page=True)
    page.pdf(path=SHOTS / "report.pdf", format="A4")
