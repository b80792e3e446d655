"""The load benchmark's bare view is served only under its own settings, never by the site."""

from django.urls import resolve

from config import bench_urls


def test_the_site_has_no_bare_view(client, db):
    assert resolve("/" + bench_urls.BARE_PATH, urlconf="config.urls").func is not bench_urls.bare
    assert client.get("/" + bench_urls.BARE_PATH).status_code == 404


def test_the_bench_settings_serve_it_beside_every_page_of_the_site(client, settings):
    settings.ROOT_URLCONF = "config.bench_urls"

    assert resolve("/" + bench_urls.BARE_PATH).func is bench_urls.bare
    assert client.get("/" + bench_urls.BARE_PATH).content == b"ok"
    assert resolve("/accounts/login/").url_name == "account_login"
