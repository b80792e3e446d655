"""The site served as in production, on a free local port of this machine: gunicorn (with
gunicorn.conf.py) under production settings, with PostgreSQL and Redis. The benchmarks
(`scripts/bench_signup_flood.py`, `scripts/bench_load.py`) and the deployment tests
(tests/config/test_gunicorn.py) use it.

`site_environment()` is the environment a deployment would set; `prepare()` readies a database
of its own (migrate, the demo content, collectstatic); `gunicorn(...)` serves for the length of
a `with` block; `fetch()` makes one request on a connection of its own, as a browser behind a
proxy would send it.
"""

import http.client
import os
import secrets
import socket
import subprocess
import sys
import time
from pathlib import Path

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict

ROOT = Path(__file__).resolve().parent.parent
VISITOR = "127.0.0.1"


def site_environment(database_url, cache_url, port, scratch, settings="config.settings.production", **extra):
    """Production's variables for a site at http://127.0.0.1:`port` on this machine only, with
    its collected static files and uploads under the folder `scratch`. `extra` adds or
    overrides variables (TRUSTED_PROXY_COUNT, ...)."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings,
        "SECRET_KEY": secrets.token_urlsafe(40),
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": database_url,
        "CACHE_URL": cache_url,
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
        "SECURE_SSL_REDIRECT": "false",  # no TLS proxy in front here
        "STATIC_ROOT": str(Path(scratch) / "static"),
        "MEDIA_ROOT": str(Path(scratch) / "media"),
        "LOG_LEVEL": os.environ.get("LOG_LEVEL", "WARNING"),
        # The demo accounts get passwords nobody knows, unless the caller chose them.
        "DEMO_ADMIN_PASSWORD": os.environ.get("DEMO_ADMIN_PASSWORD", secrets.token_urlsafe(16)),
        "DEMO_STAFF_PASSWORD": os.environ.get("DEMO_STAFF_PASSWORD", secrets.token_urlsafe(16)),
        **extra,
    }


def prepare(database_url, env, extra_demo_commands=()):
    """Create the database if it is missing, migrate it, load the demo content and collect
    static files. `extra_demo_commands` are more `manage.py` commands of the demo app, run
    after the demo content; the output of each is returned, in order."""
    name = conninfo_to_dict(database_url)["dbname"]
    with psycopg.connect(database_url, dbname="postgres", autocommit=True) as server:
        if not server.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            server.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    print(f"Migrating {name}, loading the demo content and collecting static files...", flush=True)
    # The demo app is a development tool, so the demo content is loaded with the development
    # settings (DEBUG off, hence the flag) into the same database the production settings serve.
    development = {**env, "DJANGO_SETTINGS_MODULE": "config.settings.dev", "DEBUG": "false"}
    steps = [
        (["migrate", "--no-input"], env),
        (["load_demo_content", "--i-know-this-is-not-production"], development),
        (["collectstatic", "--no-input"], env),
    ]
    for command, command_env in steps:
        manage(command + ["-v", "0"], command_env)
    return [manage(command, development) for command in extra_demo_commands]


def manage(command, env):
    """Run one `manage.py` command; its standard output."""
    done = subprocess.run(  # noqa: S603 (our own command)
        [sys.executable, "manage.py", *command], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    )
    return done.stdout


class gunicorn:
    """The site served as in production, for the length of a `with` block. It is ready when
    /health/ answers, whatever it says, so a site whose database is away can be served too."""

    def __init__(self, env, port, workers, log_path):
        self.command = [sys.executable, "-m", "gunicorn", "config.wsgi", "--bind", f"127.0.0.1:{port}"]
        self.command += ["--workers", str(workers)]
        self.env, self.port, self.log_path = env, port, log_path

    def __enter__(self):
        self.log = self.log_path.open("w")
        self.process = subprocess.Popen(  # noqa: S603 (our own command)
            self.command, cwd=ROOT, env=self.env, stdout=self.log, stderr=self.log
        )
        for _ in range(150):
            try:
                fetch(self.port, "GET", "/health/")
                return self
            except OSError:
                time.sleep(0.2)
        self.__exit__()
        raise SystemExit("gunicorn did not answer /health/:\n" + self.log_path.read_text()[-3000:])

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(timeout=30)
        self.log.close()
        if exc and exc[0]:
            print(self.log_path.read_text()[-3000:], file=sys.stderr)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(port, method, path, body=None, headers=None, source=VISITOR, timeout=30):
    """One request on a connection of its own, as gunicorn's sync workers close each one after
    answering. Returns (status, seconds, response, body)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout, source_address=(source, 0))
    started = time.perf_counter()
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        content = response.read()
        return response.status, time.perf_counter() - started, response, content
    finally:
        connection.close()


def cookies(response):
    """The cookies a response sets, as a `Cookie` header would send them back: whatever their
    names (production's may carry a `__Host-` prefix)."""
    pairs = [header.split(";", 1)[0] for header in response.headers.get_all("Set-Cookie") or []]
    return "; ".join(pairs)
