"""Each environment's settings load, and production refuses to run insecurely."""

import ast
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import environ
import pytest

from config.settings import base

REPO = Path(__file__).resolve().parents[2]

PRODUCTION_ENV = {
    "SECRET_KEY": "x7Q-" + "a1b2c3d4e5" * 6,
    "ALLOWED_HOSTS": "involve.example.org",
    "WAGTAILADMIN_BASE_URL": "https://involve.example.org",
    "REDIS_URL": "redis://127.0.0.1:6379/1",
}


def run_manage(*args, settings, env):
    """Run manage.py with only PATH and the given variables in its environment (and coverage's,
    so the test coverage counts the settings it loads)."""
    coverage = {name: value for name, value in os.environ.items() if name.startswith("COVERAGE_")}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env={"PATH": os.environ["PATH"], "DJANGO_SETTINGS_MODULE": f"config.settings.{settings}", **coverage, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path / 'db.sqlite3'}"


@pytest.mark.parametrize("settings", ["dev", "test"])
def test_settings_load_and_pass_checks(settings, sqlite_url):
    result = run_manage("check", settings=settings, env={"DATABASE_URL": sqlite_url})
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    "missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "WAGTAILADMIN_BASE_URL", "REDIS_URL"]
)
def test_production_refuses_to_start_without_required_setting(missing, sqlite_url):
    env = {**PRODUCTION_ENV, "DATABASE_URL": sqlite_url}
    del env[missing]
    result = run_manage("check", settings="production", env=env)
    assert result.returncode != 0
    assert f"Set the {missing} environment variable" in result.stderr


def test_production_passes_deploy_checks_with_a_full_environment(sqlite_url):
    env = {**PRODUCTION_ENV, "DATABASE_URL": sqlite_url}
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", settings="production", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    ("url", "backend", "options"),
    [
        # While Redis is away, pages are served from memory; a silent Redis holds no worker.
        (
            "redis://cache.internal:6379/1",
            "core.cache.RedisWithLocalFallback",
            {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
        ),
        (
            "redis://cache.internal:6379/1?socket_timeout=2",
            "core.cache.RedisWithLocalFallback",
            {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 2},
        ),
        # Any other cache is left as django-environ configures it.
        ("pymemcache://cache.internal:11211", environ.Env.cache_url_config("pymemcache://x")["BACKEND"], None),
    ],
)
def test_production_cache_follows_the_cache_url(url, backend, options, sqlite_url):
    env = {**PRODUCTION_ENV, "DATABASE_URL": sqlite_url, "CACHE_URL": url}
    show = "from django.conf import settings; print(repr(settings.CACHES['default']))"
    result = run_manage("shell", "--no-imports", "-c", show, settings="production", env=env)
    assert result.returncode == 0, result.stderr
    cache = ast.literal_eval(result.stdout.strip())
    assert cache["BACKEND"] == backend
    assert cache.get("OPTIONS") == options


def test_filemail_url_writes_e_mails_to_the_absolute_folder_it_names(tmp_path, sqlite_url):
    outbox = tmp_path / "outbox"
    env = {"DATABASE_URL": sqlite_url, "EMAIL_URL": f"filemail://{outbox}"}
    result = run_manage("sendtestemail", "someone@example.org", settings="dev", env=env)
    assert result.returncode == 0, result.stderr
    (message,) = outbox.iterdir()
    assert "To: someone@example.org" in message.read_text()


def test_default_database_is_sqlite_in_wal_mode_waiting_for_the_write_lock(monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    database = base._database_from_env()
    assert database["ENGINE"] == "django.db.backends.sqlite3"
    assert database["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert "journal_mode=WAL" in database["OPTIONS"]["init_command"]
    assert database["OPTIONS"]["timeout"] >= 5


def test_database_url_selects_postgresql(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgres://participation@db.internal:5432/participation")
    database = base._database_from_env()
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert database["HOST"] == "db.internal"
    assert database["CONN_HEALTH_CHECKS"] is True


def test_search_backend_follows_elasticsearch_url(monkeypatch):
    monkeypatch.delenv("ELASTICSEARCH_URL", raising=False)
    assert base._search_backends()["default"]["BACKEND"] == "search.backend"
    monkeypatch.setenv("ELASTICSEARCH_URL", "http://search.internal:9200")
    monkeypatch.setenv("ELASTICSEARCH_INDEX_PREFIX", "kw_")
    backend = base._search_backends()["default"]
    assert backend["BACKEND"] == "wagtail.search.backends.elasticsearch9"
    assert backend["URLS"] == ["http://search.internal:9200"]
    assert backend["INDEX_PREFIX"] == "kw_"


CONCURRENT_WRITER = textwrap.dedent(
    """
    import os, time, django
    django.setup()
    from django.db import connection, transaction
    for i in range(15):
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SELECT COUNT(*) FROM response")
                cursor.fetchone()
                time.sleep(0.01)  # widen the window in which another writer can get in
                cursor.execute("INSERT INTO response (writer) VALUES (%s)", [os.getpid()])
    """
)


def test_sqlite_writers_queue_instead_of_failing(tmp_path):
    """Read-then-write transactions from several processes at once all succeed: each waits
    for the write lock instead of failing with "database is locked"."""
    database = tmp_path / "concurrent.sqlite3"
    env = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DATABASE_URL": f"sqlite:///{database}",
        "PYTHONPATH": str(REPO),
    }
    setup = "import django; django.setup()\nfrom django.db import connection\n"
    setup += "connection.cursor().execute('CREATE TABLE response (id INTEGER PRIMARY KEY, writer INTEGER)')"
    subprocess.run([sys.executable, "-c", setup], cwd=REPO, env=env, check=True, timeout=60)

    writers = [
        subprocess.Popen(
            [sys.executable, "-c", CONCURRENT_WRITER], cwd=REPO, env=env, stderr=subprocess.PIPE, text=True
        )
        for _ in range(4)
    ]
    errors = [writer.communicate(timeout=120)[1] for writer in writers]
    assert all(writer.returncode == 0 for writer in writers), errors

    with sqlite3.connect(database) as check:
        assert check.execute("SELECT COUNT(*) FROM response").fetchone() == (60,)
        assert check.execute("PRAGMA journal_mode").fetchone() == ("wal",)
