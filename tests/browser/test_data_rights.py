"""A member sees what they took part in, downloads their data and deletes their account in
Chromium, with and without JavaScript; axe checks every page on the way.

Screenshots go to /tmp/shots/ for a person to look at; they are not committed."""

import io
import re
import zipfile
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from people.personal_data import holdings
from tests.browser.accounts import PASSWORD, log_in
from tests.people.holdings import NAME, member_with_everything

SHOTS = Path("/tmp/shots")  # noqa: S108 - screenshots for a person to look at, not secrets
SHOTS.mkdir(exist_ok=True)


@pytest.fixture
def everything(home_page, staff_roles):
    return member_with_everything(home_page)


def check(page, heading, shot, assert_no_axe_violations=None):
    expect(page.get_by_role("heading", level=1)).to_have_text(heading)
    if assert_no_axe_violations:
        assert_no_axe_violations(page)
    page.screenshot(path=SHOTS / f"data_rights_{shot}.png", full_page=True)


def give_password(page):
    expect(page.get_by_role("heading", level=1)).to_have_text("Enter your password to carry on")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Carry on").click()


def downloaded_names(page):
    with page.expect_download() as started:
        page.get_by_role("button", name="Download your data").click()
    download = started.value
    assert re.fullmatch(r"your-data-\d{4}-\d{2}-\d{2}\.zip", download.suggested_filename)
    return set(zipfile.ZipFile(io.BytesIO(Path(download.path()).read_bytes())).namelist())


def every_file():
    return {"README.txt", "your_data.json", *(f"{holding.name}.csv" for holding in holdings())}


def test_a_member_sees_what_they_took_part_in_downloads_their_data_and_deletes_their_account(
    page, everything, assert_no_axe_violations
):
    log_in(page, everything.member)
    page.goto("/accounts/")
    check(page, "Your account", "account", assert_no_axe_violations)
    expect(page.get_by_role("heading", name="What you have taken part in")).to_be_visible()
    expect(page.get_by_role("link", name="What we did: What we did about night-time care")).to_be_visible()

    page.get_by_role("link", name="Download your data").click()
    check(page, "Enter your password to carry on", "reauthenticate", assert_no_axe_violations)
    give_password(page)
    check(page, "Download your data", "your_data", assert_no_axe_violations)
    assert downloaded_names(page) == every_file()

    page.goto("/accounts/")
    page.get_by_role("link", name="Delete your account").click()
    check(page, "Delete your account", "delete", assert_no_axe_violations)
    page.get_by_role("button", name="Delete my account").click()
    check(page, "Delete your account", "delete_error", assert_no_axe_violations)
    expect(page.locator(".nhsuk-error-summary")).to_contain_text(
        "Choose what we should do with your forum posts and your published stories"
    )
    page.get_by_label("Keep them, with the name “Former member” instead of yours").check()
    page.get_by_role("button", name="Delete my account").click()

    check(page, "We have deleted your account", "deleted", assert_no_axe_violations)
    assert not get_user_model().objects.filter(display_name=NAME).exists()
    page.goto(everything.forum.thread_url(everything.own_thread))
    expect(page.get_by_role("heading", name="Former member")).to_be_visible()


def test_staff_are_told_whom_to_ask(page, everything, assert_no_axe_violations):
    log_in(page, get_user_model().objects.get(email="mo@example.org"))
    page.goto("/accounts/delete/")
    give_password(page)

    check(page, "Ask to close your staff account", "staff", assert_no_axe_violations)


def test_download_and_delete_work_without_javascript(new_page, everything):
    page = new_page(java_script_enabled=False)
    log_in(page, everything.member)
    page.goto("/accounts/your-data/")
    give_password(page)
    assert downloaded_names(page) == every_file()

    page.goto("/accounts/delete/")
    page.get_by_label("Delete them").check()
    page.get_by_role("button", name="Delete my account").click()

    check(page, "We have deleted your account", "deleted_without_javascript")
    assert not get_user_model().objects.filter(display_name=NAME).exists()
