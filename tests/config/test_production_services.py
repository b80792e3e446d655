"""Production's optional services, each switched on by its variables: e-mail through a
provider's API (django-anymail), JSON logs, media in an S3-compatible bucket, error tracking.
Media in a real bucket is in test_media_on_s3.py, the scrubbing of error reports in
tests/core/test_error_tracking.py."""

import ast
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from .test_settings import PRODUCTION_ENV, run_manage

SHOW = "from django.conf import settings; print(repr({}))"


@pytest.fixture
def production_env(tmp_path):
    return {**PRODUCTION_ENV, "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"}


class ProviderAPI(BaseHTTPRequestHandler):
    """Postmark's e-mail API as its documentation describes it, on this machine: it keeps each
    request it is sent and answers that the message was accepted."""

    received = []

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.received.append({"path": self.path, "headers": dict(self.headers), "body": body})
        answer = {
            "To": body["To"],
            "SubmittedAt": "2026-05-01T10:00:00Z",
            "MessageID": "b7bc2f4a-e38e-4336-af7d-e6c392c2f817",
        }
        answer |= {"ErrorCode": 0, "Message": "OK"}
        content = json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    def log_message(self, *args):
        pass


@pytest.fixture
def provider_api():
    ProviderAPI.received = []
    server = HTTPServer(("127.0.0.1", 0), ProviderAPI)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/", ProviderAPI.received
    server.shutdown()
    server.server_close()


def test_an_anymail_email_url_sends_through_the_providers_api(production_env, provider_api):
    url, received = provider_api
    env = production_env | {
        "EMAIL_URL": "anymail://postmark",
        "ANYMAIL_POSTMARK_SERVER_TOKEN": "server-token-from-the-environment",
        "ANYMAIL_POSTMARK_API_URL": url,
        "DEFAULT_FROM_EMAIL": "Kellsmoor and Wendlebridge ICB <involve@example.org>",
    }

    result = run_manage("sendtestemail", "sam@example.org", settings="production", env=env)

    assert result.returncode == 0, result.stderr
    (request,) = received
    assert request["path"] == "/email"
    assert request["headers"]["X-Postmark-Server-Token"] == "server-token-from-the-environment"
    assert request["body"]["To"] == "sam@example.org"
    assert request["body"]["From"] == "Kellsmoor and Wendlebridge ICB <involve@example.org>"


def test_an_unknown_provider_stops_the_site_starting(production_env):
    result = run_manage("check", settings="production", env=production_env | {"EMAIL_URL": "anymail://pigeon"})

    assert result.returncode != 0
    assert "names no provider django-anymail knows" in result.stderr


def test_production_logs_are_json_lines_with_the_request_id(production_env):
    log = "import logging, django_guid; django_guid.set_guid('4f2c'); logging.getLogger('forum').warning('A hold')"

    result = run_manage("shell", "--no-imports", "-c", log, settings="production", env=production_env)

    assert result.returncode == 0, result.stderr
    line = json.loads(result.stderr.strip().splitlines()[-1])
    assert line.pop("time").startswith("20")
    assert line == {"level": "WARNING", "logger": "forum", "request_id": "4f2c", "message": "A hold"}


def test_a_bucket_puts_media_in_s3_compatible_storage(production_env):
    env = production_env | {
        "AWS_STORAGE_BUCKET_NAME": "participation-media",
        "AWS_S3_ENDPOINT_URL": "https://objects.example.org",
        "AWS_S3_REGION_NAME": "uk-london-1",
    }

    result = run_manage(
        "shell", "--no-imports", "-c", SHOW.format("settings.STORAGES['default']"), settings="production", env=env
    )

    assert result.returncode == 0, result.stderr
    storage = ast.literal_eval(result.stdout.strip())
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    assert storage["OPTIONS"] | {"object_parameters": None} == {
        "bucket_name": "participation-media",
        "location": "media",
        "endpoint_url": "https://objects.example.org",
        "region_name": "uk-london-1",
        "custom_domain": None,
        "default_acl": None,
        "querystring_auth": False,
        "file_overwrite": False,
        "object_parameters": None,
    }


def test_without_a_bucket_media_stay_on_disk(production_env):
    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        SHOW.format("settings.STORAGES['default']"),
        settings="production",
        env=production_env,
    )

    assert ast.literal_eval(result.stdout.strip()) == {"BACKEND": "django.core.files.storage.FileSystemStorage"}


def test_a_sentry_dsn_turns_on_error_tracking_without_personal_data(production_env):
    env = production_env | {"SENTRY_DSN": "https://public-key@errors.example.org/42", "SENTRY_ENVIRONMENT": "staging"}
    show = (
        "import sentry_sdk; o = sentry_sdk.get_client().options; "
        "print(repr([o['dsn'], o['environment'], o['send_default_pii'], o['data_collection'],"
        " o['before_send'].__name__]))"
    )

    result = run_manage("shell", "--no-imports", "-c", show, settings="production", env=env)

    assert result.returncode == 0, result.stderr
    dsn, environment, send_default_pii, collected, before_send = ast.literal_eval(result.stdout.strip())
    assert (dsn, environment, before_send) == ("https://public-key@errors.example.org/42", "staging", "scrub")
    assert not send_default_pii
    assert collected["user_info"] is False
    assert collected["cookies"] == {"mode": "off"}
    assert collected["url_query_params"] == {"mode": "off"}
    assert collected["http_bodies"] == []
    assert collected["stack_frame_variables"] is False
