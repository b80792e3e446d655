"""The error pages render whatever was wrong with the request."""

import pytest
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_a_form_sent_as_utf_16_gets_the_could_not_read_page(home_page):
    """Django's own error views asked the CSRF check for a token, which read the form again and
    failed again: the 400 page became a 500, and the 500 page failed too."""
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    client.get(reverse("account_signup"))

    response = client.post(
        reverse("account_signup"),
        "email=sam%40example.org",
        content_type="application/x-www-form-urlencoded; charset=utf-16",
        HTTP_X_CSRFTOKEN=client.cookies["csrftoken"].value,
    )

    assert response.status_code == 400
    assert "Sorry, we could not read what you sent" in response.content.decode()


def test_the_server_error_page_needs_nothing_from_the_request(rf):
    from core.views import server_error

    response = server_error(rf.post("/", "a=1", content_type="application/x-www-form-urlencoded; charset=utf-16"))

    assert response.status_code == 500
    assert "Sorry, there is a problem with the service" in response.content.decode()
