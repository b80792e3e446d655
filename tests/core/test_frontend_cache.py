"""A CDN or caching proxy in front of the site (wagtail.contrib.frontend_cache): configured
from the environment when its settings are present, and purged when a page is published."""

import http.server
import threading

import pytest

from config.settings import base
from demo.factories.home import ContentPageFactory

CDN_VARIABLES = ["CLOUDFLARE_ZONE_ID", "CLOUDFLARE_API_TOKEN", "CLOUDFRONT_DISTRIBUTION_ID", "FRONTEND_CACHE_PURGE_URL"]


@pytest.fixture
def cdn_environment(monkeypatch):
    for name in CDN_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_no_cdn_is_purged_unless_one_is_configured(cdn_environment):
    assert base._frontend_cache_backends() == {}


def test_each_cdn_is_configured_from_its_own_variables(cdn_environment):
    cdn_environment.setenv("CLOUDFLARE_ZONE_ID", "zone-1")
    cdn_environment.setenv("CLOUDFLARE_API_TOKEN", "token-1")
    cdn_environment.setenv("CLOUDFRONT_DISTRIBUTION_ID", "E123")
    cdn_environment.setenv("FRONTEND_CACHE_PURGE_URL", "http://127.0.0.1:6081")

    backends = base._frontend_cache_backends()

    assert backends["cloudflare"] == {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": "zone-1",
        "BEARER_TOKEN": "token-1",
    }
    assert backends["cloudfront"]["DISTRIBUTION_ID"] == "E123"
    assert backends["http"]["LOCATION"] == "http://127.0.0.1:6081"


def test_cloudflare_without_its_token_refuses_to_start(cdn_environment):
    cdn_environment.setenv("CLOUDFLARE_ZONE_ID", "zone-1")
    with pytest.raises(Exception, match="CLOUDFLARE_API_TOKEN"):
        base._frontend_cache_backends()


class PurgeRecorder(http.server.BaseHTTPRequestHandler):
    """A caching proxy's purge endpoint (Varnish takes PURGE the same way)."""

    received = []

    def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
        self.received.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def caching_proxy():
    PurgeRecorder.received = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_publishing_a_page_purges_it_from_a_caching_proxy(
    home_page, caching_proxy, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {
        "http": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{caching_proxy.server_address[1]}",
        }
    }
    page = ContentPageFactory(parent=home_page, title="Visiting hours", slug="visiting-hours", live=False)

    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()

    assert ("localhost", "/visiting-hours/") in PurgeRecorder.received
