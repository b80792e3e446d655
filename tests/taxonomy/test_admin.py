"""Topics, places and services are labels editors keep in the admin."""

import pytest
from django.urls import reverse

from demo.factories.people import UserFactory
from demo.factories.taxonomy import PlaceFactory, TopicFactory
from taxonomy.models import Service

pytestmark = pytest.mark.django_db


def test_topics_and_places_are_managed_as_snippets(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    response = client.post(reverse("wagtailsnippets_taxonomy_topic:add"), {"name": "Diabetes care", "slug": "diabetes"})
    assert response.status_code == 302
    listing = client.get(reverse("wagtailsnippets_taxonomy_topic:list"))
    assert "Diabetes care" in listing.content.decode()


def test_services_are_managed_as_snippets_with_their_place_and_topic(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    place, topic = PlaceFactory(name="Harrowmere"), TopicFactory(name="Mental health crisis support")
    response = client.post(
        reverse("wagtailsnippets_taxonomy_service:add"),
        {"name": "Crisis café", "slug": "crisis-cafe", "description": "", "place": place.pk, "topic": topic.pk},
    )
    assert response.status_code == 302
    assert Service.objects.get(slug="crisis-cafe").place == place
    listing = client.get(reverse("wagtailsnippets_taxonomy_service:list"))
    assert "Crisis café" in listing.content.decode()
    assert "Harrowmere" in listing.content.decode()
