"""Fixtures for the search tests: the listings pages live in and a way to wait for the index.
The forum and its members come from tests/conftest.py."""

import pytest

from demo.factories.consultations import ConsultationIndexPageFactory
from events.models import EventIndexPage
from forum import posting

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
def opening_post(forum_page, category, member):
    """A published conversation's opening post."""
    return posting.start_thread(
        author=member,
        category=category,
        title="Getting to hospital at night",
        text="How do people get to Kellsmoor General after the buses stop?",
    )
