"""Logging in through the log-in page, as a person would, shared by the browser tests."""

import re

from playwright.sync_api import expect

PASSWORD = "a-long-test-password"  # what demo.factories.people gives every user


def log_in(page, user):
    page.goto("/accounts/login/")
    page.get_by_label("E-mail address").fill(user.email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(re.compile(r"/$"))
