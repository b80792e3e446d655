"""Topics and places are labels editors keep in the admin."""

import pytest
from django.urls import reverse

from demo.factories.people import UserFactory

pytestmark = pytest.mark.django_db


def test_topics_and_places_are_managed_as_snippets(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    response = client.post(reverse("wagtailsnippets_taxonomy_topic:add"), {"name": "Diabetes care", "slug": "diabetes"})
    assert response.status_code == 302
    listing = client.get(reverse("wagtailsnippets_taxonomy_topic:list"))
    assert "Diabetes care" in listing.content.decode()
