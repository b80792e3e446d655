"""`manage.py update_index` rebuilds the search index from the pages themselves."""

import io

import pytest
from django.core.management import call_command
from wagtail.search.models import IndexEntry

from .pages import content_page
from .test_search_page import result_titles, search

pytestmark = pytest.mark.django_db


def test_update_index_rebuilds_a_lost_index(client, home_page):
    content_page(home_page, "Speech and language therapy", summary="Help for children who stammer.")
    assert result_titles(search(client, "stammer")) == ["Speech and language therapy"]

    IndexEntry.objects.all().delete()
    assert result_titles(search(client, "stammer")) == []

    call_command("update_index", stdout=io.StringIO())

    assert result_titles(search(client, "stammer")) == ["Speech and language therapy"]
