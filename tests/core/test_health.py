"""/health/ for the load balancer: a small JSON body, never cached, answered for any host name
over plain HTTP; 200 while the database answers, with cache and search outages reported as
"degraded" (the pages work without them). The database outage is in test_database_outage.py."""

import pytest
from django.core.cache import cache

pytestmark = pytest.mark.django_db


def test_all_well(client):
    response = client.get("/health/")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": "ok", "cache": "ok", "search": "ok"}}
    assert "no-store" in response["Cache-Control"]
    assert not response.cookies


def test_answered_for_the_servers_own_address_over_plain_http(client, settings):
    """A load balancer asks each server by its address, not the site's name, and over HTTP."""
    settings.ALLOWED_HOSTS = ["involve.example.org"]
    settings.SECURE_SSL_REDIRECT = True

    response = client.get("/health/", HTTP_HOST="10.0.3.7:8000")

    assert response.status_code == 200
    assert client.get("/", HTTP_HOST="10.0.3.7:8000").status_code == 400  # everything else still checks


def test_search_away_is_degraded_not_down(client, search_outage):
    search_outage.begin()

    response = client.get("/health/")

    assert response.status_code == 200
    assert response.json() == {
        "status": "degraded",
        "checks": {"database": "ok", "cache": "ok", "search": "unavailable"},
    }


def test_redis_away_is_degraded_not_down(client, settings):
    settings.CACHES = {"default": {"BACKEND": "core.cache.RedisWithLocalFallback", "LOCATION": "redis://127.0.0.1:9/0"}}
    cache.clear()

    response = client.get("/health/")

    assert response.status_code == 200
    assert response.json()["checks"]["cache"] == "unavailable"
    assert response.json()["status"] == "degraded"
