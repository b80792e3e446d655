"""Fixtures shared by every room's tests."""

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from wagtail.models import Site

from forum.factories import CategoryFactory, HouseRuleFactory, established_member
from forum.models import ForumPage
from people.factories import MemberFactory

from .hostile import SENT, HostileClient


@pytest.fixture
def home_page(db):
    """The site's home page, which the migrations create."""
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: Wagtail caches site root paths, which a rolled-back
    test may have changed."""
    cache.clear()


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
