"""Fixtures shared by every room's tests."""

import pytest
from django.core.cache import cache
from wagtail.models import Site


@pytest.fixture
def home_page(db):
    """The site's home page, which the migrations create."""
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: Wagtail caches site root paths, which a rolled-back
    test may have changed."""
    cache.clear()
