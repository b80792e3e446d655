"""A person makes an account, confirms their e-mail address, logs out and logs in again in
Chromium, using only the keyboard, and axe checks every page on the way."""

import re
from pathlib import Path

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from playwright.sync_api import expect

from demo.factories.people import UserFactory
from tests.browser.accounts import PASSWORD, log_in

SHOTS = Path("/tmp/shots")  # noqa: S108 - screenshots for a person to look at, not secrets
SHOTS.mkdir(exist_ok=True)


def tab_to(page, target, most=40):
    """Press Tab until `target` has focus, as a keyboard user would, and fail if it never does."""
    for _press in range(most):
        page.keyboard.press("Tab")
        if target.evaluate("element => element === document.activeElement"):
            return
    pytest.fail(f"{target} never took focus after {most} presses of Tab")


def test_a_person_signs_up_and_logs_in_with_the_keyboard_only(page, home_page, assert_no_axe_violations):
    page.goto("/accounts/signup/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Create an account")
    assert_no_axe_violations(page)
    page.screenshot(path=SHOTS / "accounts_signup.png", full_page=True)

    # Sending nothing: the error summary takes focus and links to the first box to fix.
    create = page.get_by_role("button", name="Create account")
    tab_to(page, create)
    page.keyboard.press("Enter")
    expect(page.locator(".nhsuk-error-summary")).to_be_focused()
    expect(page).to_have_title(re.compile("^Error: Create an account"))
    assert_no_axe_violations(page)
    page.screenshot(path=SHOTS / "accounts_signup_errors.png", full_page=True)
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Enter your e-mail address")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_label("E-mail address")).to_be_focused()

    page.keyboard.type("robin@example.org")
    page.keyboard.press("Tab")
    expect(page.get_by_label("Display name")).to_be_focused()
    page.keyboard.type("Robin")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    tab_to(page, create)
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Check your e-mail")
    assert_no_axe_violations(page)
    (message,) = mail.outbox
    page.goto(re.search(r"https?://\S+", message.body).group())
    tab_to(page, page.get_by_role("button", name="Confirm my e-mail address"))
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Your account")
    expect(page.get_by_text("Thank you. Your e-mail address is confirmed.")).to_be_visible()
    expect(page.get_by_text("robin@example.org")).to_be_visible()
    assert_no_axe_violations(page)
    page.screenshot(path=SHOTS / "accounts_your_account.png", full_page=True)

    tab_to(page, page.get_by_role("button", name="Log out"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("You have logged out")
    assert_no_axe_violations(page)

    tab_to(page, page.get_by_role("link", name="Log in again"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Log in")
    assert_no_axe_violations(page)
    page.screenshot(path=SHOTS / "accounts_login.png", full_page=True)
    tab_to(page, page.get_by_label("E-mail address"))
    page.keyboard.type("robin@example.org")
    page.keyboard.press("Tab")
    expect(page.get_by_label("Password", exact=True)).to_be_focused()
    page.keyboard.type(PASSWORD)
    tab_to(page, page.get_by_role("button", name="Log in"))
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"/$"))
    page.goto("/accounts/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your account")


def test_log_in_page_with_a_wrong_password_passes_axe(page, home_page, assert_no_axe_violations):
    page.goto("/accounts/login/")
    page.get_by_label("E-mail address").fill("nobody@example.org")
    page.get_by_label("Password", exact=True).fill("not-a-password")
    page.get_by_role("button", name="Log in").click()

    expect(page.locator(".nhsuk-error-summary")).to_contain_text("The e-mail address or password is not right.")
    assert_no_axe_violations(page)
    page.screenshot(path=SHOTS / "accounts_login_errors.png", full_page=True)


@pytest.fixture
def robin(home_page):
    """A member whose e-mail address is confirmed."""
    user = UserFactory(email="robin@example.org", display_name="Robin")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def check(page, heading, shot, assert_no_axe_violations):
    expect(page.get_by_role("heading", level=1)).to_have_text(heading)
    assert_no_axe_violations(page)
    page.screenshot(path=SHOTS / f"accounts_{shot}.png", full_page=True)


def test_a_members_own_pages_pass_axe(page, robin, assert_no_axe_violations):
    log_in(page, robin)

    page.goto("/accounts/display-name/")
    check(page, "Change your display name", "display_name", assert_no_axe_violations)
    page.get_by_label("Display name").fill("robin@example.org")
    page.get_by_role("button", name="Save display name").click()
    check(page, "Change your display name", "display_name_error", assert_no_axe_violations)
    expect(page.locator(".nhsuk-error-summary")).to_contain_text("must not contain an e-mail address")

    page.goto("/accounts/password/change/")
    check(page, "Change your password", "password_change", assert_no_axe_violations)

    page.goto("/accounts/email/")
    check(page, "Change your e-mail address", "email_change", assert_no_axe_violations)
    page.get_by_label("New e-mail address").fill("robin.new@example.org")
    page.get_by_role("button", name="Change e-mail address").click()
    check(page, "Enter your password to carry on", "reauthenticate", assert_no_axe_violations)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Carry on").click()
    check(page, "Change your e-mail address", "email_change_pending", assert_no_axe_violations)
    expect(page.get_by_text("You asked to change it to robin.new@example.org.")).to_be_visible()

    page.goto("/accounts/logout/")
    check(page, "Are you sure you want to log out?", "logout", assert_no_axe_violations)


def test_pages_on_the_way_in_pass_axe(page, robin, assert_no_axe_violations):
    page.goto("/accounts/password/reset/")
    check(page, "Reset your password", "password_reset", assert_no_axe_violations)
    page.get_by_label("E-mail address").fill(robin.email)
    page.get_by_role("button", name="Send me a link").click()
    check(page, "Check your e-mail", "password_reset_done", assert_no_axe_violations)

    (message,) = mail.outbox
    page.goto(re.search(r"https?://\S+", message.body).group())
    check(page, "Choose a new password", "password_reset_from_key", assert_no_axe_violations)
    page.get_by_label("Create a password").fill("a-brand-new-password-42")
    page.get_by_label("Type your password again").fill("a-brand-new-password-42")
    page.get_by_role("button", name="Save new password").click()
    check(page, "Your password has been changed", "password_reset_from_key_done", assert_no_axe_violations)

    page.goto("/accounts/password/reset/key/1-not-a-real-key/")
    check(page, "This link does not work any more", "password_reset_bad_link", assert_no_axe_violations)
    page.goto("/accounts/confirm-email/not-a-real-key/")
    check(page, "This link does not work any more", "confirm_email_bad_link", assert_no_axe_violations)
    page.goto("/accounts/confirm-email/")
    check(page, "Check your e-mail", "verification_sent", assert_no_axe_violations)
    page.goto("/accounts/inactive/")
    check(page, "You cannot log in to this account", "inactive", assert_no_axe_violations)

    page.goto("/accounts/login/")
    for _attempt in range(6):
        page.get_by_label("E-mail address").fill(robin.email)
        page.get_by_label("Password", exact=True).fill("wrong-password")
        page.get_by_role("button", name="Log in").click()
    check(page, "You have tried to log in too many times", "too_many_login_attempts", assert_no_axe_violations)
