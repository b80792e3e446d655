"""Every kind of public page answers with the security headers production sends, and every
cookie the site sets is a __Host- cookie: checked on the demo site, under production's HTTPS
settings (config/settings/https.py), through the TLS proxy as production is."""

import re
from http.cookies import Morsel
from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest
from django.conf import settings
from django.test import Client
from wagtail.models import Page

from config.settings import https
from consultations.models import ConsultationPage
from demo.factories.people import MemberFactory
from forum.models import ForumPage, Thread

PASSWORD = "a-long-test-password"  # what demo.factories.people gives every user
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}loc"
# What our TLS proxy adds to every request it passes on.
THROUGH_TLS_PROXY = {"X-Forwarded-Proto": "https"}
ONE_YEAR = 365 * 24 * 60 * 60

HEADERS = {
    "Strict-Transport-Security": f"max-age={ONE_YEAR}; includeSubDomains; preload",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}
DENIED_FEATURES = ["camera", "microphone", "geolocation", "payment", "usb", "interest-cohort", "browsing-topics"]
# Every kind of page a visitor can reach, which the sitemap must lead to.
PAGE_KINDS = {
    "HomePage",
    "ContentPage",
    "ConsultationIndexPage",
    "ConsultationPage",
    "ServiceChangeIndexPage",
    "ServiceChangePage",
    "OutcomeIndexPage",
    "OutcomePage",
    "EventIndexPage",
    "EventPage",
    "EngagementReportPage",
    "ForumPage",
}


@pytest.fixture
def production_https(settings):
    """The test settings, with everything production adds over HTTPS."""
    for name in dir(https):
        if name.isupper():
            setattr(settings, name, getattr(https, name))


@pytest.fixture
def visitor(home_page, production_https):
    return Client(headers=THROUGH_TLS_PROXY)


def logged_in(user):
    """A client logged in through the log-in page, so the session cookie is the one it sets."""
    client = Client(headers=THROUGH_TLS_PROXY)
    response = client.post("/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302, "logged in"
    assert settings.SESSION_COOKIE_NAME in response.cookies
    assert_secure_cookies(response)
    return client


def policy(response):
    """The Content Security Policy as {directive: [sources]}."""
    directives = [part.split() for part in response["Content-Security-Policy"].split(";")]
    return {name: sources for name, *sources in directives}


def assert_secure_headers(response):
    address = response.wsgi_request.get_full_path()
    for header, value in HEADERS.items():
        assert response.get(header) == value, f"{address}: {header}"

    csp = policy(response)
    assert csp["default-src"] == ["'self'"], address
    assert csp["script-src"] == ["'self'"], f"{address}: no inline script, no other server"
    assert csp["style-src"] == ["'self'"], address
    assert csp["object-src"] == ["'none'"], address
    assert csp["base-uri"] == ["'none'"], address
    assert csp["frame-ancestors"] == ["'none'"], address
    assert csp["form-action"] == ["'self'"], address
    assert "upgrade-insecure-requests" in csp, address
    others = {source for sources in csp.values() for source in sources if not source.startswith("'")}
    assert others <= {"data:"} and "data:" not in csp["img-src"], address

    features = dict(item.strip().split("=") for item in response["Permissions-Policy"].split(","))
    assert {feature: features.get(feature) for feature in DENIED_FEATURES} == dict.fromkeys(DENIED_FEATURES, "()")
    assert_secure_cookies(response)


def assert_secure_cookies(response):
    for name, cookie in response.cookies.items():
        cookie: Morsel
        assert name.startswith("__Host-"), name
        assert cookie["secure"] and cookie["path"] == "/" and not cookie["domain"], name
        assert cookie["samesite"] == "Lax", name
        if name == settings.SESSION_COOKIE_NAME:
            assert cookie["httponly"], "scripts cannot read the session cookie"


def sitemap_addresses(client):
    sitemap = ElementTree.fromstring(client.get("/sitemap.xml").content)  # noqa: S314 (our own sitemap)
    return [urlsplit(loc.text).path for loc in sitemap.iter(SITEMAP)]


def test_every_kind_of_public_page_sends_the_security_headers(demo, visitor):
    addresses = sitemap_addresses(visitor)
    kinds = {type(page).__name__ for page in Page.objects.live().specific() if page.url in addresses}
    assert kinds >= PAGE_KINDS, f"the sitemap misses {PAGE_KINDS - kinds}"

    forum = ForumPage.current()
    thread = Thread.objects.for_listing().first()
    consultation = next(page for page in ConsultationPage.objects.live() if page.is_open)
    response = consultation.get_submission_class().objects.create(page=consultation, form_data={})
    addresses += [
        consultation.url + consultation.reverse_subpage("confirmation", args=[response.reference]),
        forum.thread_url(thread),
        "/search/?q=parking",
        "/accounts/login/",
        "/accounts/signup/",
        "/accounts/password/reset/",
    ]
    for address in addresses:
        page = visitor.get(address)
        assert page.status_code == 200, address
        assert_secure_headers(page)


def test_a_members_pages_send_the_security_headers_and_a_host_only_session_cookie(forum_page, member, production_https):
    client = logged_in(member)
    for address in [
        forum_page.url + forum_page.reverse_subpage("start_thread"),
        "/accounts/",
        "/accounts/password/change/",
    ]:
        page = client.get(address)
        assert page.status_code == 200, address
        assert_secure_headers(page)


def test_error_pages_send_the_security_headers(visitor):
    missing = visitor.get("/no-such-page/")
    assert missing.status_code == 404
    assert_secure_headers(missing)

    for _ in range(20):
        visitor.post("/accounts/signup/", {})
    paused = visitor.post("/accounts/signup/", {})
    assert paused.status_code == 429
    assert_secure_headers(paused)


def test_plain_http_is_sent_to_https(home_page, production_https, client):
    response = client.get("/search/?q=parking")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/search/?q=parking"


def test_the_admin_has_its_own_policy_and_the_same_other_headers(home_page, production_https):
    response = logged_in(MemberFactory(is_superuser=True)).get("/admin/")
    assert response.status_code == 200
    csp = policy(response)
    assert csp["script-src"] == ["'self'", "'unsafe-inline'"], "Wagtail's admin writes inline scripts"
    assert csp["object-src"] == ["'none'"] and csp["base-uri"] == ["'none'"] and csp["form-action"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'self'"], "the page editor frames its preview"
    for header, value in HEADERS.items():
        assert response.get(header) == value, header


def test_pages_declare_no_web_font_and_the_policy_allows_fonts_from_us_only(visitor):
    """NHS.UK's web font (Frutiger, from assets.nhs.uk) is for NHS organisations, and a request
    to another server: `make css` leaves its @font-face rules out, so pages fall back to Arial
    and font-src needs no other server. Browsers report every font address a stylesheet
    declares that the policy would block, so the two change together."""
    home = visitor.get("/")
    stylesheets = re.findall(r'<link rel="stylesheet" href="([^"]+)"', home.content.decode())
    assert stylesheets
    for href in stylesheets:
        css = b"".join(visitor.get(href).streaming_content).decode()
        assert "@font-face" not in css and "assets.nhs.uk" not in css, href
    assert policy(home)["font-src"] == ["'self'"]
