"""Feedback in Chromium: quick feedback given by keyboard only, and axe on every feedback page:
the list of services, a service's page with its results, the thanks, a suggestion (with a
mistake, then sent), its private status page, the involvement check, and the engagement
report's section on it."""

import datetime
import hashlib
from urllib.parse import urlsplit

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from demo.factories.consultations import ConsultationIndexPageFactory, ConsultationPageFactory
from demo.factories.stories import StoryFactory, StoryResponseFactory
from demo.factories.taxonomy import PlaceFactory, ServiceFactory, TopicFactory
from engagement_report.models import EngagementReportPage
from feedback.involvement import answer_url
from feedback.models import InvolvementAnswer, QuickFeedback, Rating, Suggestion
from feedback.suggestions import change_status, status_url
from stories.models import Change

from .test_equality import tab_to


@pytest.fixture
def service(home_page):
    return ServiceFactory(
        name="Minor injuries unit",
        slug="minor-injuries-unit",
        description="Care for cuts, sprains and small broken bones.",
        place=PlaceFactory(name="Kellsmoor"),
        topic=TopicFactory(name="Minor injuries"),
    )


def with_results(service):
    """Last month's answers, enough to show, and a month before it with too few."""
    last_month = (timezone.localdate().replace(day=1) - datetime.timedelta(days=1)).replace(day=1)
    earlier = last_month - datetime.timedelta(days=20)
    ratings = [Rating.VERY_GOOD] * 12 + [Rating.GOOD] * 6 + [Rating.NEITHER] * 5 + [Rating.POOR] * 5
    QuickFeedback.objects.bulk_create(QuickFeedback(service=service, rating=r, given_on=last_month) for r in ratings)
    QuickFeedback.objects.create(service=service, rating=Rating.POOR, given_on=earlier)


def test_quick_feedback_by_keyboard_only(page, live_server, home_page, service, assert_no_axe_violations):
    with_results(service)
    finder = ConsultationIndexPageFactory(parent=home_page)
    ConsultationPageFactory(parent=finder, title="The unit at night", service=service)
    page.goto(f"{live_server.url}/feedback/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Tell us what you think of our services")
    assert_no_axe_violations(page)

    tab_to(page, page.get_by_role("link", name="Minor injuries unit"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Minor injuries unit")
    expect(page.get_by_role("table", name="Answers about Minor injuries unit, month by month")).to_be_visible()
    expect(page.get_by_role("link", name="The unit at night")).to_be_visible()  # its consultation
    assert_no_axe_violations(page)

    # Tab reaches the first answer; the arrow keys move along the group, as in any radio group.
    tab_to(page, page.get_by_label("Very good"))
    page.keyboard.press("ArrowDown")
    expect(page.get_by_label("Good", exact=True)).to_be_checked()
    tab_to(page, page.get_by_label("What was good, or what could be better?"))
    page.keyboard.type("The nurse explained everything clearly.")
    tab_to(page, page.get_by_role("button", name="Send feedback"))
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for your feedback")
    assert_no_axe_violations(page)
    stored = QuickFeedback.objects.get(given_on=timezone.localdate())
    assert (stored.rating, stored.comment) == (Rating.GOOD, "The nurse explained everything clearly.")


def test_a_mistake_is_shown_at_the_top_and_by_the_question(page, live_server, service, assert_no_axe_violations):
    page.goto(f"{live_server.url}/feedback/s/minor-injuries-unit/")
    page.get_by_role("button", name="Send feedback").click()
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    assert_no_axe_violations(page)


def test_suggesting_and_following_it(page, live_server, service, assert_no_axe_violations):
    page.goto(f"{live_server.url}/feedback/suggest/?service=minor-injuries-unit")
    expect(page.get_by_role("heading", level=1)).to_have_text("Suggest an improvement")
    assert_no_axe_violations(page)
    page.get_by_label("Your suggestion").fill("A screen that shows how long the wait is.")
    page.get_by_role("button", name="Send suggestion").click()
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    assert_no_axe_violations(page)

    page.get_by_label("Your e-mail address").fill("rowan@example.org")
    page.get_by_role("button", name="Send suggestion").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for your suggestion")
    assert_no_axe_violations(page)

    suggestion = Suggestion.objects.get()
    change_status(suggestion, "not_possible", "The waiting room has no space for a screen.")
    page.goto(live_server.url + urlsplit(status_url(suggestion)).path)
    expect(page.get_by_role("heading", level=1)).to_have_text("Your suggestion")
    expect(page.get_by_text("The waiting room has no space for a screen.")).to_be_visible()
    assert_no_axe_violations(page)

    page.goto(f"{live_server.url}/feedback/suggestions/made-up/")
    expect(page.get_by_role("heading", level=1)).to_have_text("This link does not work")
    assert_no_axe_violations(page)


def test_the_involvement_check_and_the_report(page, live_server, home_page, assert_no_axe_violations):
    today = timezone.localdate()
    year = (today.year if today.month >= 4 else today.year - 1) - 1
    consultation = ConsultationPageFactory(
        parent=ConsultationIndexPageFactory(parent=home_page),
        title="Minor injuries unit at night",
        opens_at=timezone.make_aware(datetime.datetime(year, 5, 1, 9)),
        closes_at=timezone.make_aware(datetime.datetime(year, 6, 30, 9)),
    )
    page.goto(live_server.url + urlsplit(answer_url(consultation)).path)
    expect(page.get_by_role("heading", level=1)).to_have_text("How we involved you")
    assert_no_axe_violations(page)
    tab_to(page, page.get_by_label("Very satisfied", exact=True))
    page.keyboard.press("Space")
    page.get_by_role("button", name="Send answer").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for your answer")
    assert_no_axe_violations(page)

    for number in range(24):
        ticket = hashlib.sha256(f"browser:{number}".encode()).hexdigest()
        answer = "fairly" if number < 16 else "neither"
        InvolvementAnswer.objects.create(consultation=consultation, answer=answer, ticket=ticket)
    report = home_page.add_child(instance=EngagementReportPage(title="Our year", slug="report", year_starting=year))
    page.goto(f"{live_server.url}{report.url}")
    section = page.get_by_role("region", name="How satisfied people were with how we involved them")
    expect(section).to_contain_text("68% of 25 people were very or fairly satisfied.")
    expect(section).to_contain_text("Goal not met")
    assert_no_axe_violations(page)


def test_the_insight_dashboard_passes_axe_charts_and_all(page, live_server, service, assert_no_axe_violations):
    with_results(service)
    StoryResponseFactory.create_batch(6, story__service=service, change=Change.MADE)
    StoryFactory.create_batch(5, service=service)
    page.goto(f"{live_server.url}/insight/")
    expect(page.get_by_role("heading", level=1)).to_have_text("What people tell us")
    chart = page.get_by_role("img", name="Good: a bar chart of the figures in the table beside it")
    expect(chart).to_be_visible()
    expect(page.get_by_role("table", name="Quick feedback on each service in the last 12 months")).to_be_visible()
    stories = page.get_by_role("table", name="Patient stories and what changed, since we began")
    expect(stories.get_by_role("row", name="Change made")).to_contain_text("55%")
    assert_no_axe_violations(page)
    # Narrow screens scroll the tables, not the page.
    page.set_viewport_size({"width": 375, "height": 812})
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 375
