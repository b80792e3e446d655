"""Joining the People Bank in Chromium by keyboard only, confirming from the link in the e-mail,
then pausing from the managing page: axe on every page on the way."""

import datetime
import re
from urllib.parse import urlsplit

from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from people_bank.invitations import unsubscribe_url
from people_bank.keeping import keep_url
from people_bank.managing import manage_url
from people_bank.models import Entry
from taxonomy.models import Topic

from .test_equality import tab_to


def type_into(page, target, text):
    tab_to(page, target)
    page.keyboard.type(text)


def tick(page, target):
    tab_to(page, target)
    page.keyboard.press("Space")


def test_joining_by_keyboard_and_confirming_from_the_email(page, live_server, home_page, assert_no_axe_violations):
    Topic.objects.create(name="Maternity", slug="maternity")
    page.goto(f"{live_server.url}/people-bank/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Join our People Bank")
    assert_no_axe_violations(page)

    type_into(page, page.get_by_label("Your name"), "Rowan Ashby")
    type_into(page, page.get_by_label("E-mail address"), "rowan@example.org")
    type_into(page, page.get_by_label("First half of your postcode"), "KM1")
    tick(page, page.get_by_label("Maternity"))
    tick(page, page.get_by_label("Online surveys and consultations"))
    tick(page, page.get_by_label(re.compile("^I agree")))
    tab_to(page, page.get_by_role("button", name="Join the People Bank"))
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Check your e-mail")
    assert_no_axe_violations(page)
    assert not Entry.objects.active().exists()

    link = re.search(r"http\S+/people-bank/confirm/\S+/", mail.outbox[-1].body).group(0)
    page.goto(link)
    assert_no_axe_violations(page)
    tab_to(page, page.get_by_role("button", name="Yes, I want to join"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("You have joined our People Bank")
    assert_no_axe_violations(page)
    assert Entry.objects.active().get().postcode_district == "KM1"


def test_the_managing_pages_pass_axe(page, live_server, home_page, assert_no_axe_violations):
    now = timezone.now()
    entry = Entry.objects.create(
        name="Rowan",
        email="rowan@example.org",
        postcode_district="KM1",
        consented_at=now,
        consent_version="x",
        confirmed_at=now,
    )
    page.goto(f"{live_server.url}/people-bank/manage/")
    assert_no_axe_violations(page)
    page.goto(live_server.url + urlsplit(manage_url(entry)).path)
    expect(page.get_by_role("heading", level=1)).to_have_text("Your People Bank entry")
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Pause invitations").click()
    expect(page.get_by_text("Paused: we will not invite you.")).to_be_visible()
    assert_no_axe_violations(page)


def test_stopping_invitations_from_the_link_in_an_invitation(page, live_server, home_page, assert_no_axe_violations):
    now = timezone.now()
    entry = Entry.objects.create(
        name="Rowan",
        email="rowan@example.org",
        postcode_district="KM1",
        consented_at=now,
        consent_version="x",
        confirmed_at=now,
    )
    page.goto(live_server.url + urlsplit(unsubscribe_url(entry)).path)
    expect(page.get_by_role("heading", level=1)).to_have_text("Stop e-mails inviting you to take part?")
    assert_no_axe_violations(page)
    tab_to(page, page.get_by_role("button", name="Stop these e-mails"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("We will not invite you to take part")
    assert_no_axe_violations(page)
    entry.refresh_from_db()
    assert entry.paused


def test_keeping_an_entry_from_the_email_asking_by_keyboard(page, live_server, home_page, assert_no_axe_violations):
    """The page the "Do you want to stay?" e-mail links to: one button, reached and pressed by
    keyboard, and a link to leave instead."""
    long_ago = timezone.now() - datetime.timedelta(days=800)
    entry = Entry.objects.create(
        name="Rowan Ashby",
        email="rowan@example.org",
        consented_at=long_ago,
        consent_version="1",
        confirmed_at=long_ago,
        last_active_at=long_ago,
    )
    page.goto(live_server.url + urlsplit(keep_url(entry)).path)
    expect(page.get_by_role("heading", level=1)).to_have_text("Do you want to stay in our People Bank?")
    expect(page.get_by_role("link", name="Leave the People Bank now")).to_be_visible()
    assert_no_axe_violations(page)

    tab_to(page, page.get_by_role("button", name="Keep me in the People Bank"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("You are still in our People Bank")
    assert_no_axe_violations(page)
    entry.refresh_from_db()
    assert entry.last_active_at > timezone.now() - datetime.timedelta(days=1)
