"""Error reports to Sentry carry no personal data: a real error, in a real request from a
logged-in member with cookies, a form and a query string, goes through the real SDK and its
Django integration, and what would leave the server is checked (the transport keeps it here)."""

import io
import logging
from urllib.parse import urlencode
from wsgiref.util import setup_testing_defaults

import pytest
import sentry_sdk
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.test import Client
from sentry_sdk.transport import Transport

from core.error_tracking import sentry_options
from demo.factories.people import MemberFactory

pytestmark = pytest.mark.django_db

EMAIL = "sam.jones@example.org"
HEALTH = "I have diabetes"


def broken(page, request, *args, **kwargs):
    """The home page, failing with an e-mail address in a log line and in the error. The report
    quotes the lines around the failing one, so what is personal is written further up."""
    logging.getLogger("forum").warning("Held a post by %s", EMAIL)
    raise ValueError(f"No outcome for {EMAIL}")


class KeptHere(Transport):
    """Where events would be sent to Sentry; it keeps them instead."""

    def __init__(self, options=None):
        super().__init__(options)
        self.events = []

    def capture_envelope(self, envelope):
        self.events += [item.payload.json for item in envelope.items if item.type == "event"]


@pytest.fixture
def sent_to_sentry():
    transport = KeptHere()
    sentry_sdk.init(**sentry_options("https://public-key@errors.example.org/1", "test"), transport=transport)
    yield transport.events
    sentry_sdk.get_client().close()
    sentry_sdk.init()  # no DSN: nothing is sent by the tests that follow


def request_through_wsgi(path, query, form, cookie):
    """A POST handed to the site's WSGI application as gunicorn hands it one, so that the SDK
    sees the request as it does in production (the test client bypasses its WSGI wrapper)."""
    body = urlencode(form).encode()
    environ = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "CONTENT_TYPE": "application/x-www-form-urlencoded",
        "CONTENT_LENGTH": str(len(body)),
        "HTTP_COOKIE": cookie,
        "HTTP_AUTHORIZATION": "Basic c2FtOnNlY3JldA==",
        "HTTP_USER_AGENT": "Firefox",
        "REMOTE_ADDR": "203.0.113.9",
        "wsgi.input": io.BytesIO(body),
    }
    setup_testing_defaults(environ)
    answer = {}
    # As Django's test client does: the test's open transaction must outlive the request.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        content = b"".join(
            get_wsgi_application()(environ, lambda status, headers: answer.update(status=status, headers=headers))
        )
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
    return answer["status"], dict(answer["headers"]), content


def test_an_error_report_carries_no_personal_data(sent_to_sentry, home_page, monkeypatch):
    member = MemberFactory(email=EMAIL, display_name="Sam")
    client = Client()
    client.force_login(member)
    csrf = "k" * 32
    cookie = f"sessionid={client.cookies['sessionid'].value}; csrftoken={csrf}"

    monkeypatch.setattr("home.models.HomePage.get_context", broken)
    status, headers, _content = request_through_wsgi(
        "/",
        urlencode({"email": EMAIL, "q": HEALTH}),
        {"answer": HEALTH, "email": EMAIL, "csrfmiddlewaretoken": csrf},
        cookie,
    )

    assert status.startswith("500")
    (event,) = sent_to_sentry
    assert event["exception"]["values"][-1]["type"] == "ValueError"
    assert event["exception"]["values"][-1]["value"] == "No outcome for [removed]"
    request = event["request"]
    assert request["method"] == "POST"
    assert request["url"] == "http://127.0.0.1/"
    assert set(request["headers"]) == {"Host", "User-Agent", "Content-Type", "Content-Length"}
    assert not {"data", "cookies", "query_string", "env"} & set(request)
    assert event.get("user", {}) in ({}, {"id": str(member.pk)})
    assert event["tags"]["request_id"] == headers["X-Request-ID"]
    reported = repr(event)
    for personal in (EMAIL, urlencode({"q": HEALTH}), "diabetes", "203.0.113.9", "c2FtOnNlY3JldA"):
        assert personal not in reported
    assert client.cookies["sessionid"].value not in reported
    assert "Held a post by [removed]" in reported  # the breadcrumb, without the address
