"""Service change pages in Chromium: people can filter the list without JavaScript and read a
change from top to bottom; editors see the plain-language check update as they type. Every
public page passes axe."""

import datetime
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone
from playwright.sync_api import expect

from demo.factories.consultations import ConsultationIndexPageFactory, ConsultationPageFactory
from demo.factories.people import UserFactory
from events.models import EventIndexPage, EventPage
from plain_language.checker import DEFAULT_JARGON
from plain_language.models import JargonTerm
from service_changes.models import ServiceChangeMilestone, ServiceChangeStatus
from tests.service_changes.test_service_changes import add_service_change, add_service_changes_index

SHOTS = Path("/tmp/shots")  # noqa: S108


@pytest.fixture
def changes(home_page):
    """The demo world's minor injuries unit change, open for views with a drop-in, and a
    decided change to GP booking."""
    today = timezone.localdate()
    consultation = ConsultationPageFactory(
        parent=ConsultationIndexPageFactory(parent=home_page),
        title="Night-time opening at the minor injuries unit",
        summary="Tell us what you think about closing the unit from midnight to 8am.",
    )
    events = home_page.add_child(instance=EventIndexPage(title="Events", slug="events"))
    starts = timezone.now().replace(hour=14, minute=0, second=0, microsecond=0) + datetime.timedelta(days=10)
    events.add_child(
        instance=EventPage(
            title="Drop-in at Kellsmoor Library",
            summary="Ask us anything about the change.",
            starts_at=starts,
            ends_at=starts + datetime.timedelta(hours=2),
            venue_name="Kellsmoor Library",
            consultation=consultation,
        )
    )
    index = add_service_changes_index(home_page)
    add_service_change(
        index,
        title="One phone line for GP appointments",
        status=ServiceChangeStatus.DECIDED,
        summary="Every GP practice will answer calls on one number.",
        what_has_been_decided="<p>We will start the single phone line in the spring.</p>",
        first_published_at=timezone.now() - datetime.timedelta(days=40),
    )
    minor_injuries = add_service_change(
        index,
        status=ServiceChangeStatus.CONSULTING,
        what_is_changing="<p>The minor injuries unit at Kellsmoor Community Hospital would close from midnight "
        "to 8am.</p><p>It would stay open from 8am to midnight, every day.</p>",
        why="<p>Very few people use the unit at night. On most nights, fewer than three people come.</p>",
        who_is_affected="<ul><li>People who live in Kellsmoor</li><li>People in Oakhythe Vale</li></ul>",
        what_it_means="<p>At night, call 111 or go to A&amp;E at Wendlebridge General.</p>",
        milestones=[
            ServiceChangeMilestone(date=today - datetime.timedelta(days=20), label="We published the proposal"),
            ServiceChangeMilestone(date=today + datetime.timedelta(days=40), label="The board decides"),
            ServiceChangeMilestone(date=today + datetime.timedelta(days=90), label="The change would start"),
        ],
        consultations=[consultation],
    )
    return {"index": index, "minor_injuries": minor_injuries}


def test_service_change_reads_from_top_to_bottom(page, changes, assert_no_axe_violations):
    page.goto(changes["minor_injuries"].url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Minor injuries unit at night")
    sections = page.locator("main h2:not(.nhsuk-u-visually-hidden)")
    expect(sections).to_have_text(
        [
            "What is changing",
            "Why it is changing",
            "When",
            "Who is affected",
            "What it means for you",
            "How to have your say",
            "What has been decided",
        ]
    )
    expect(page.locator(".service-change-timeline li").first).to_contain_text("Done")
    expect(page.get_by_role("heading", name="Night-time opening at the minor injuries unit")).to_be_visible()
    expect(page.get_by_role("link", name="Drop-in at Kellsmoor Library")).to_be_visible()
    assert_no_axe_violations(page)
    page.screenshot(path=SHOTS / "service-change.png", full_page=True)


def test_service_changes_filter_by_status_without_javascript(new_page, changes, assert_no_axe_violations):
    page = new_page(java_script_enabled=False)
    page.goto(changes["index"].url)
    expect(page.get_by_role("heading", level=3)).to_have_count(2)
    page.get_by_label("Decided").check()
    page.get_by_role("button", name="Show changes").click()
    expect(page).to_have_url(re.compile(r"/service-changes/\?status=decided$"))
    expect(page.get_by_role("heading", level=3)).to_have_text(["One phone line for GP appointments"])
    page.screenshot(path=SHOTS / "service-changes-index-nojs.png", full_page=True)

    page = new_page()
    page.goto(changes["index"].url)
    assert_no_axe_violations(page)
    page.screenshot(path=SHOTS / "service-changes-index.png", full_page=True)


def test_plain_language_check_updates_as_the_editor_types(page, changes, live_server):
    JargonTerm.objects.bulk_create(JargonTerm(term=t, plain_alternative=a) for t, a in DEFAULT_JARGON.items())
    client = Client()
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    page.goto(f"/admin/pages/{changes['minor_injuries'].pk}/edit/", wait_until="domcontentloaded", timeout=60_000)
    check = page.locator("[data-plain-language-url]")
    expect(check).to_contain_text("No words from the jargon list.")

    page.locator("#id_summary").fill("We will utilise the unit less at night, going forward.")
    expect(check.get_by_role("cell", name="utilise", exact=True)).to_be_visible()
    expect(check.get_by_role("cell", name="going forward")).to_be_visible()
    expect(check.get_by_role("status")).to_contain_text("2 words to swap")
    check.scroll_into_view_if_needed()
    page.screenshot(path=SHOTS / "service-change-admin-check.png", full_page=True)
