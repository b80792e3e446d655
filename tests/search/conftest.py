"""Fixtures for the search tests: the listings pages live in, the forum and its members, and
a way to wait for the index."""

import pytest
from django.contrib.auth.models import Group

from consultations.factories import ConsultationIndexPageFactory
from consultations.models import EventIndexPage
from forum import posting
from forum.factories import CategoryFactory, HouseRuleFactory, established_member
from forum.models import ForumPage
from people.factories import MemberFactory

from .pages import publish


@pytest.fixture
def finder(home_page):
    return ConsultationIndexPageFactory(parent=home_page)


@pytest.fixture
def events_index(home_page):
    return publish(home_page, EventIndexPage(title="Events", slug="events"))


@pytest.fixture
def refresh_index():
    """Call after changing content, before searching. The database backend indexes as pages
    are saved, so there is nothing to wait for; the Elasticsearch tests wait for the server."""
    return lambda: None


@pytest.fixture
def forum_page(home_page):
    page = ForumPage(title="Forum", slug="forum", intro="<p>Talk about local health services.</p>")
    home_page.add_child(instance=page)
    HouseRuleFactory(page=page, title="Be kind", sort_order=0)
    return page


@pytest.fixture
def category(db):
    return CategoryFactory(name="Getting to hospital", slug="transport")


@pytest.fixture
def member(db):
    """A member past the new-member hold, so their posts are published at once."""
    return established_member(display_name="Bea")


@pytest.fixture
def other_member(db):
    return established_member(display_name="Chen")


@pytest.fixture
def moderator(db):
    user = MemberFactory(display_name="Mo the moderator")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


@pytest.fixture
def opening_post(forum_page, category, member):
    """A published conversation's opening post."""
    return posting.start_thread(
        author=member,
        category=category,
        title="Getting to hospital at night",
        text="How do people get to Kellsmoor General after the buses stop?",
    )
