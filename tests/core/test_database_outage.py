"""With the database out of reach, every page answers with a plain 503 page and /health/ tells
the load balancer so: the site's real database connection is swapped for one to a database
that refuses it (PostgreSQL: a closed port; SQLite: a file in a folder that does not exist)."""

import contextlib

import pytest
from django.db import connections
from django.test import Client

UNREACHABLE = {
    "postgresql": {"HOST": "127.0.0.1", "PORT": 9},
    "sqlite": {"NAME": "/no-such-folder/db.sqlite3"},
}


@contextlib.contextmanager
def database_away(django_db_blocker):
    real = connections["default"]
    away = type(real)({**real.settings_dict, **UNREACHABLE[real.vendor]}, alias="default")
    connections["default"] = away
    try:
        with django_db_blocker.unblock():
            yield
    finally:
        away.close()
        connections["default"] = real


@pytest.fixture
def client_without_database(django_db_blocker):
    with database_away(django_db_blocker):
        yield Client(raise_request_exception=False)


@pytest.mark.parametrize("path", ["/", "/consultations/", "/forum/", "/search/?q=buses", "/accounts/login/"])
def test_pages_say_the_service_is_not_working_with_a_503(client_without_database, path):
    response = client_without_database.get(path)

    assert response.status_code == 503
    assert response["Retry-After"] == "120"
    page = response.content.decode()
    assert "Sorry, the service is not working at the moment" in page
    assert "Please try again in a few minutes" in page
    assert "Traceback" not in page and "OperationalError" not in page


def test_a_post_gets_the_same_page(client_without_database):
    response = client_without_database.post("/accounts/signup/", {"email": "sam@example.org"})

    assert response.status_code == 503
    assert "we may not have saved it" in response.content.decode()


def test_health_tells_the_load_balancer(client_without_database):
    response = client_without_database.get("/health/")

    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "checks": {"database": "unavailable", "cache": "ok", "search": "unavailable"},
    }


@pytest.mark.django_db
def test_other_server_errors_keep_the_500_page(client, monkeypatch, home_page):
    """Only a database out of reach is a 503: a fault in our code is still a 500."""
    monkeypatch.setattr("home.models.HomePage.get_context", lambda *args, **kwargs: 1 / 0)

    response = Client(raise_request_exception=False).get("/")

    assert response.status_code == 500
    assert "Sorry, there is a problem with the service" in response.content.decode()
