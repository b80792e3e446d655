"""Every response carries a request id in X-Request-ID, and every log line the request causes
carries the same id. The id comes from the proxy only when a proxy of our own is in front."""

import io
import logging
import re

import pytest

pytestmark = pytest.mark.django_db

FROM_PROXY = "0f8fad5b-d9cb-469f-a165-70867728950e"


@pytest.fixture
def console():
    """What the settings' console handler writes (LOGGING in config/settings/base.py)."""
    (handler,) = [handler for handler in logging.getLogger().handlers if handler.filters]  # pytest adds its own
    written = io.StringIO()
    before = handler.setStream(written)
    yield written
    handler.setStream(before)


def test_each_response_has_its_own_id_and_its_log_lines_carry_it(client, home_page, console):
    first = client.get("/no-such-page/")
    second = client.get("/no-such-page/")

    assert re.fullmatch(r"[0-9a-f]{32}", first["X-Request-ID"])
    assert first["X-Request-ID"] != second["X-Request-ID"]
    assert f"[{first['X-Request-ID']}] Not Found: /no-such-page/" in console.getvalue()


def test_the_id_from_our_own_proxy_is_kept(client, home_page, settings):
    settings.TRUSTED_PROXY_COUNT = 1

    response = client.get("/", HTTP_X_REQUEST_ID=FROM_PROXY)

    assert response["X-Request-ID"] == FROM_PROXY


def test_an_id_sent_with_no_proxy_of_ours_in_front_is_not_believed(client, home_page, settings):
    settings.TRUSTED_PROXY_COUNT = 0

    response = client.get("/", HTTP_X_REQUEST_ID=FROM_PROXY)

    assert response["X-Request-ID"] != FROM_PROXY
