"""gunicorn serves the site under production settings on this machine, as docs/deploy.md
describes: gunicorn.conf.py, PostgreSQL (a database of its own, migrated here), Redis (a server
of its own), static files collected and served compressed with long-lived hashed names, JSON
log lines that share each request's id. And with the database out of reach, the same site
answers every page with the 503 page and tells the load balancer.

The site is started by scripts/production_site.py, the launcher the benchmarks use. It runs on
the PostgreSQL run of `make test` (TEST_DATABASE_URL), as production needs PostgreSQL."""

import json
import os
import re
import time
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
import redis
from django.conf import settings
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict

from scripts.production_site import fetch, free_port, gunicorn, prepare, site_environment

from ..core.test_redis_cache import REDIS_SERVER, RedisServer

pytestmark = pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql",
    reason="production runs on PostgreSQL: run with TEST_DATABASE_URL (make test does)",
)

FROM_PROXY = "5d3c2a1e-8b4f-4c6d-9e7a-0b1c2d3e4f5a"


def own_database_url():
    """The test database's server, with a database of this module's own, made afresh."""
    url = os.environ["TEST_DATABASE_URL"]
    name = conninfo_to_dict(url)["dbname"] + "_gunicorn"
    with psycopg.connect(url, dbname="postgres", autocommit=True) as server:
        server.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
    return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    if REDIS_SERVER is None:
        pytest.fail("redis-server is not installed (`make test-postgres` installs it)", pytrace=False)
    server = RedisServer(tmp_path_factory.mktemp("redis"))
    server.start()
    yield server.url
    server.stop()


@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    return tmp_path_factory.mktemp("production")


@pytest.fixture(scope="module")
def site(scratch, redis_url):
    """The site, migrated, with the demo content and its static files collected."""
    port = free_port()
    env = site_environment(own_database_url(), redis_url, port, scratch)
    env |= {"LOG_LEVEL": "INFO", "TRUSTED_PROXY_COUNT": "1"}
    prepare(env["DATABASE_URL"], env)
    with gunicorn(env, port, workers=2, log_path=scratch / "gunicorn.log") as served:
        yield served


def test_pages_health_and_static_files_are_served(site, redis_url):
    home = fetch(site.port, "GET", "/")
    consultation = fetch(site.port, "GET", "/consultations/birth-centre-move/")
    health = fetch(site.port, "GET", "/health/")

    assert home[0] == 200 and b"Have your say" in home[3]
    assert consultation[0] == 200 and b"birth centre" in consultation[3]
    assert health[0] == 200
    assert json.loads(health[3]) == {"status": "ok", "checks": {"database": "ok", "cache": "ok", "search": "ok"}}
    assert redis.Redis.from_url(redis_url).dbsize() > 0  # the cache is the Redis server

    stylesheet = re.search(rb'href="(/static/css/site\.[0-9a-f]{12}\.css)"', home[3]).group(1).decode()
    status, _, response, content = fetch(site.port, "GET", stylesheet, headers={"Accept-Encoding": "gzip"})
    assert status == 200
    assert response.getheader("Content-Encoding") == "gzip"
    assert "immutable" in response.getheader("Cache-Control")


def test_log_lines_are_json_and_share_the_request_id(site, scratch):
    missing = fetch(site.port, "GET", "/no-such-page/")
    given = fetch(site.port, "GET", "/", headers={"X-Request-ID": FROM_PROXY})

    assert missing[0] == 404
    assert given[2].getheader("X-Request-ID") == FROM_PROXY  # a proxy of our own (TRUSTED_PROXY_COUNT=1) set it
    request_id = missing[2].getheader("X-Request-ID")
    lines = log_lines(scratch / "gunicorn.log", access_lines_for={request_id, FROM_PROXY})
    about_it = [line for line in lines if line.get("request_id") == request_id]
    assert {(line["logger"], line["message"]) for line in about_it} == {
        ("django.request", "Not Found: /no-such-page/"),
        ("gunicorn.access", "request"),
    }
    access = next(line for line in about_it if line["logger"] == "gunicorn.access")
    assert access["status"] == 404 and access["path"] == "/no-such-page/" and access["method"] == "GET"
    assert any(line["logger"] == "gunicorn.access" and line["request_id"] == FROM_PROXY for line in lines)


def log_lines(path, access_lines_for, seconds=10):
    """The log's lines, once it has the access lines of the given request ids: gunicorn writes a
    request's access line just after it has answered, so the line may come a moment later."""
    deadline = time.monotonic() + seconds
    while True:
        lines = [json.loads(line) for line in path.read_text().splitlines()]
        logged = {line.get("request_id") for line in lines if line["logger"] == "gunicorn.access"}
        if access_lines_for <= logged or time.monotonic() > deadline:
            return lines
        time.sleep(0.1)


def test_with_the_database_away_pages_say_so_and_health_fails(site, scratch, redis_url):
    """The same site and static files, its DATABASE_URL now a port where nothing listens."""
    port = free_port()
    env = site_environment("postgres://participation@127.0.0.1:9/participation", redis_url, port, scratch)
    with gunicorn(env, port, workers=1, log_path=scratch / "gunicorn-no-database.log"):
        page = fetch(port, "GET", "/consultations/birth-centre-move/")
        health = fetch(port, "GET", "/health/")
        stylesheet = fetch(port, "GET", "/static/css/site.css")

    assert page[0] == 503
    assert b"Sorry, the service is not working at the moment" in page[3]
    assert b"Traceback" not in page[3]
    assert health[0] == 503
    assert json.loads(health[3])["checks"]["database"] == "unavailable"
    assert stylesheet[0] == 200  # static files need no database
