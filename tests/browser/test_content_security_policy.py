"""The Wagtail admin works under its Content Security Policy: an editor edits a page, previews
it and publishes it, and then sees the Wagtail userbar on the public page, all with nothing
blocked (the `new_page` fixture fails any test whose pages reported a violation)."""

import re

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from demo.factories.home import ContentPageFactory
from demo.factories.people import MemberFactory

from .accounts import PASSWORD


@pytest.fixture
def publisher(staff_roles):
    user = MemberFactory(display_name="Pat Publisher")
    user.groups.add(Group.objects.get(name="Publishers"))
    return user


@pytest.fixture
def content_page(home_page):
    page = ContentPageFactory(
        parent=home_page, title="How we involve people", slug="how-we-involve-people", summary="The ways you can help."
    )
    page.save_revision().publish()
    return page


def policy_of(response):
    return response.headers["content-security-policy"]


def test_an_editor_previews_and_publishes_a_page_under_the_admin_policy(page, publisher, content_page):
    page.goto("/admin/login/")
    page.get_by_label("E-mail address").fill(publisher.email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))

    editor = page.goto(f"/admin/pages/{content_page.pk}/edit/")
    assert "'unsafe-inline'" in policy_of(editor), "the admin's own policy"
    assert "object-src 'none'" in policy_of(editor)
    page.get_by_role("textbox", name=re.compile("^Title")).fill("How we listen to people")

    page.get_by_role("button", name="Toggle preview").click()
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.get_by_role("heading", level=1)).to_have_text("How we listen to people")

    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish", exact=True).click()
    expect(page.get_by_text("'How we listen to people' has been published")).to_be_visible()

    public = page.goto(content_page.url)
    assert "'unsafe-inline'" not in policy_of(public), "a public page keeps the strict policy for staff too"
    expect(page.get_by_role("heading", level=1)).to_have_text("How we listen to people")
    page.get_by_role("button", name="View Wagtail quick actions").click()
    expect(page.get_by_role("menuitem", name="Edit this page")).to_be_visible()
