"""Fixtures for the search tests: the listings pages live in, and a way to wait for the index."""

import pytest

from consultations.factories import ConsultationIndexPageFactory
from consultations.models import EventIndexPage

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
