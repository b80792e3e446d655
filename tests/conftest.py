"""Fixtures shared by every room's tests."""

import pytest
from wagtail.models import Site


@pytest.fixture
def home_page(db):
    """The site's home page, which the migrations create."""
    return Site.objects.get(is_default_site=True).root_page.specific
