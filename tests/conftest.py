"""Fixtures shared by every room's tests."""

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.sql import emit_post_migrate_signal
from django.test import Client, TestCase
from wagtail.models import Locale, Page, Site

from config.settings import base
from demo.factories.forum import CategoryFactory, HouseRuleFactory, established_member
from demo.factories.people import MemberFactory
from forum.models import ForumPage
from home.models import HomePage

from .hostile import SENT, HostileClient


def site_home_page():
    """The site's home page, which the migrations create. A test that flushes the database
    (`live_server`, `transaction=True`) deletes the Locale, root page, home page and Site with
    everything else (content types, permissions, Django's Site and the staff groups come back by
    themselves after most flushes), so build them again when they are gone."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is not None:
        return site.root_page.specific
    # A flush after a test that restores rows itself (`serialized_rollback`) does not make the
    # content types, permissions and staff roles again: do what `migrate` does after it runs.
    ContentType.objects.clear_cache()
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    locale, _ = Locale.objects.get_or_create(language_code="en-gb")
    root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    home = root.add_child(
        instance=HomePage(
            title="Have your say about health and care",
            slug="home",
            introduction="Find out about changes to local health and care services and tell us what you think.",
        )
    )
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    return home


@pytest.fixture
def home_page(db):
    return site_home_page()


@pytest.fixture
def demo(db, monkeypatch):
    """The demo site, a page of every kind, with its demo passwords whatever the environment says."""
    for name in ("DEMO_ADMIN_EMAIL", "DEMO_ADMIN_PASSWORD", "DEMO_STAFF_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    call_command("load_demo_content", not_production=True)


@pytest.fixture
def post_limit(settings):
    """Sets how many times one client address may send a group of public forms (PUBLIC_POST_LIMITS)."""

    def set_limit(group, rate):
        settings.PUBLIC_POST_LIMITS = {**settings.PUBLIC_POST_LIMITS, group: rate}

    return set_limit


class SearchOutage:
    """`begin()` switches the site to the backend it uses when ELASTICSEARCH_URL is set
    (config/settings/base.py), pointed at a closed port, trying once with a short timeout;
    `end()` brings back the database backend the tests search with, as if the server were back."""

    def __init__(self, settings, monkeypatch):
        self.settings = settings
        self.monkeypatch = monkeypatch

    def begin(self):
        self.monkeypatch.setenv("ELASTICSEARCH_URL", "http://127.0.0.1:9")
        backends = base._search_backends()
        backends["default"].update(TIMEOUT=2, OPTIONS={"max_retries": 0})
        self.settings.WAGTAILSEARCH_BACKENDS = backends

    def end(self):
        self.settings.WAGTAILSEARCH_BACKENDS = {"default": base.DATABASE_SEARCH}


@pytest.fixture
def search_outage(settings, monkeypatch):
    """Search down, for the outage tests (tests/search/test_outage.py) and the HTML checker."""
    return SearchOutage(settings, monkeypatch)


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: Wagtail caches site root paths, which a rolled-back
    test may have changed."""
    cache.clear()


class CommittingClient(Client):
    """A test client whose requests end as they do on the server, where each request commits:
    what a request left to run after its commit (queueing its e-mails) runs when it ends.
    Each test runs inside one transaction that never commits, so otherwise it never would."""

    def request(self, **request):
        with TestCase.captureOnCommitCallbacks(execute=True):
            return super().request(**request)


@pytest.fixture
def committing_client():
    return CommittingClient()


class MailServer:
    """The site's mail server, which a test can stop and start. Stopped, it is SMTP to a closed
    port on this machine, so every e-mail fails at once as when the real server is down;
    started, it is Django's test outbox."""

    def __init__(self, settings):
        self.settings = settings

    def stop(self):
        self.settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        self.settings.EMAIL_HOST = "127.0.0.1"
        self.settings.EMAIL_PORT = 9  # discard: nothing listens on it here
        self.settings.EMAIL_TIMEOUT = 2

    def start(self):
        self.settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture
def mail_server(settings):
    return MailServer(settings)


# The forum, used by the forum's, the search's and the home page's tests.


@pytest.fixture
def forum_page(home_page):
    page = ForumPage(title="Forum", slug="forum", intro="<p>Talk about local health services.</p>")
    home_page.add_child(instance=page)
    HouseRuleFactory(page=page, title="Be kind", sort_order=0)
    HouseRuleFactory(page=page, title="Keep personal details private", sort_order=1)
    return page


@pytest.fixture
def category(db):
    return CategoryFactory(name="Getting to hospital", slug="transport")


@pytest.fixture
def newcomer(db):
    """A member who has just confirmed their e-mail address and not posted yet."""
    return MemberFactory(display_name="Asha")


@pytest.fixture
def member(db):
    """A member past the new-member hold."""
    return established_member(display_name="Bea")


@pytest.fixture
def other_member(db):
    return established_member(display_name="Chen")


@pytest.fixture
def moderator(db):
    user = MemberFactory(display_name="Mo the moderator")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


# Hostile input (tests/hostile.py): a client for it, and how much was sent in the whole run.


@pytest.fixture
def hostile(request, db):
    client = HostileClient()
    yield client
    request.node.user_properties.append((SENT, client.sent))


def pytest_terminal_summary(terminalreporter):
    """The figure for "no server error over N generated inputs". Read from the test reports,
    so it adds up across pytest-xdist's workers too."""
    reports = [report for reports in terminalreporter.stats.values() for report in reports]
    counts = [
        value
        for report in reports
        if getattr(report, "when", None) == "teardown"
        for name, value in getattr(report, "user_properties", [])
        if name == SENT
    ]
    if counts:
        terminalreporter.write_line(
            f"Hostile input: {sum(counts)} requests with generated input from {len(counts)} tests, "
            "each answered below 500 unless a test above failed."
        )
