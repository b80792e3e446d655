"""The first pages a visitor or an editor meets, driven in Chromium: they read well, work from
the keyboard, on a phone and without JavaScript, pass axe, and ask nothing of other servers."""

import re

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from demo.factories.home import ContentPageFactory
from demo.factories.people import MemberFactory

PASSWORD = "a-long-test-password"  # UserFactory's


@pytest.fixture
def about_page(home_page):
    """A published content page, as an editor would leave it."""
    about = ContentPageFactory(
        parent=home_page,
        title="How we involve people",
        slug="how-we-involve-people",
        summary="The ways you can help shape local health services.",
    )
    about.save_revision().publish()
    return about


@pytest.fixture
def editor(staff_roles):
    user = MemberFactory(display_name="Eddie Editor")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def requested_urls(page):
    """Every URL the page asks for from now on, whichever server it is on."""
    urls = []
    page.on("request", lambda request: urls.append(request.url))
    return urls


def sign_in_to_the_admin(page, user):
    page.goto("/admin/login/")
    page.get_by_label("E-mail address").fill(user.email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()


def test_home_page_skip_link_takes_keyboard_users_to_the_content(page, home_page, assert_no_axe_violations):
    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_have_text(home_page.title)
    expect(page.get_by_text(home_page.introduction)).to_be_visible()

    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Skip to main content")
    expect(skip_link).to_be_focused()
    assert skip_link.bounding_box()["width"] > 1, "the skip link stays visually hidden (1px) when focused"

    page.keyboard.press("Enter")
    expect(page.get_by_role("main")).to_be_focused()
    assert_no_axe_violations(page)


def test_content_page_shows_its_summary_and_a_way_back_home(page, home_page, about_page, assert_no_axe_violations):
    page.goto(about_page.url)
    expect(page).to_have_title(re.compile(f"^{about_page.title} - "))
    expect(page.get_by_role("heading", level=1)).to_have_text(about_page.title)
    expect(page.get_by_text(about_page.summary)).to_be_visible()
    assert_no_axe_violations(page)

    page.get_by_role("navigation", name="Breadcrumb").get_by_role("link", name="Home", exact=True).click()
    expect(page).to_have_url(re.compile(r"/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(home_page.title)
    assert_no_axe_violations(page)


def test_missing_page_says_so(page, assert_no_axe_violations):
    response = page.goto("/no-such-page/")
    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Page not found")
    expect(page.get_by_role("link", name="go to the home page")).to_be_visible()
    assert_no_axe_violations(page)


def test_editor_signs_in_through_the_admin_login_page(page, editor, assert_no_axe_violations):
    page.goto("/admin/login/")
    assert_no_axe_violations(page)

    sign_in_to_the_admin(page, editor)
    expect(page).to_have_url(re.compile(r"/admin/$"))
    expect(page.get_by_text(editor.display_name, exact=True)).to_be_visible()
    assert_no_axe_violations(page)


def test_home_page_requests_nothing_from_other_servers(page, live_server, requested_urls):
    """No web font, script or image from another server: visits stay private, and the page
    works on a network that reaches only us."""
    page.goto("/", wait_until="networkidle")
    page.evaluate("document.fonts.ready")

    assert requested_urls, "the page made no requests at all"
    assert [url for url in requested_urls if not url.startswith(f"{live_server.url}/")] == []


def test_admin_requests_nothing_from_other_servers(page, live_server, editor, requested_urls):
    sign_in_to_the_admin(page, editor)
    page.wait_for_load_state("networkidle")

    assert [url for url in requested_urls if not url.startswith(f"{live_server.url}/")] == []


def test_home_page_works_without_javascript(new_page, home_page, assert_no_axe_violations):
    page = new_page(java_script_enabled=False)
    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_have_text(home_page.title)
    expect(page.get_by_role("heading", name="Have your say now")).to_be_visible()
    expect(page.get_by_role("contentinfo")).to_be_visible()

    # axe needs JavaScript, so it checks the same page with JavaScript on but our scripts
    # blocked: the markup and styles a visitor without JavaScript gets.
    page = new_page()
    page.route(re.compile(r"\.m?js(\?|$)"), lambda route: route.abort())
    page.goto("/")
    expect(page.locator("body")).not_to_have_class(re.compile(r"\bjs-enabled\b"))
    assert_no_axe_violations(page)


def test_home_page_fits_a_phone_screen(new_page, home_page, assert_no_axe_violations):
    page = new_page(viewport={"width": 375, "height": 812}, is_mobile=True, has_touch=True)
    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_have_text(home_page.title)
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 375, "the page scrolls sideways on a phone"
    account_bar = page.get_by_role("navigation", name="Account").bounding_box()
    account_link = page.get_by_role("listitem").filter(has=page.get_by_role("link", name="Your account")).bounding_box()
    assert account_link["width"] >= account_bar["width"] - 2, "an empty band beside 'Your account'"
    assert_no_axe_violations(page)
