"""Published stories are in /sitemap.xml, where search engines find every public page."""

from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest

from demo.factories.stories import StoryFactory, StoryResponseFactory
from moderation.models import Status

pytestmark = pytest.mark.django_db
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def sitemap_entries(client):
    xml = ElementTree.fromstring(client.get("/sitemap.xml").content)  # noqa: S314 (our own sitemap)
    return {url.find(f"{SITEMAP}loc").text: url.find(f"{SITEMAP}lastmod") for url in xml.iter(f"{SITEMAP}url")}


def test_published_stories_are_in_the_sitemap_and_no_others(client, services):
    published = StoryFactory(service=services[0])
    answered = StoryResponseFactory(story__service=services[0]).story
    held = StoryFactory(service=services[0], status=Status.HELD)
    unconfirmed = StoryFactory(service=services[0], confirmed_at=None)
    declined = StoryFactory(service=services[0], status=Status.REMOVED)

    entries = sitemap_entries(client)

    assert "http://localhost/" in entries  # the pages are still there
    for story in (published, answered):
        address = f"http://localhost{story.get_absolute_url()}"
        assert address in entries
        assert entries[address] is not None  # when it last changed
        assert client.get(urlsplit(address).path).status_code == 200
    for story in (held, unconfirmed, declined):
        assert f"http://localhost{story.get_absolute_url()}" not in entries
