"""Error tracking with Sentry (sentry-sdk), switched on by SENTRY_DSN, without personal data.

People tell this site things about their health. An error report must help fix the fault
without carrying any of it to a third party, so the SDK is told to collect no personal data
(no user details, IP addresses, cookies, request bodies, query strings, SQL parameters or local
variables) and `scrub()`, applied to every event and breadcrumb, removes what
could still get through: cookies, the query string (search words), request headers other than
a few harmless ones, the user's details bar their id, and anything that looks like an e-mail
address anywhere in the event (our notification keys, for one, end with one). Each event is
tagged with the request id that the JSON logs carry, so a report leads to its log lines.
"""

import re

from django_guid import get_guid
from sentry_sdk.integrations.django import DjangoIntegration

EMAIL_ADDRESS = re.compile(r"[^\s@<>()\[\]\"',;:]+@[^\s@<>()\[\]\"',;:]+\.[^\s@<>()\[\]\"',;:]+")
REMOVED = "[removed]"
# Headers that say nothing about the person: kept because they help to reproduce a fault.
KEPT_HEADERS = {"accept", "accept-language", "content-length", "content-type", "host", "user-agent", "x-request-id"}


def sentry_options(dsn, environment, release="", traces_sample_rate=0.0):
    """Arguments for sentry_sdk.init()."""
    return {
        "dsn": dsn,
        "environment": environment,
        "release": release or None,
        "integrations": [DjangoIntegration()],
        # What the SDK collects at all (it supersedes send_default_pii, which stays off).
        "data_collection": {
            "user_info": False,
            "cookies": {"mode": "off"},
            "http_headers": {"request": {"mode": "allowlist", "terms": sorted(KEPT_HEADERS)}},
            "http_bodies": [],
            "url_query_params": {"mode": "off"},
            "database_query_data": False,
            "stack_frame_variables": False,
        },
        "before_send": scrub,
        "before_send_transaction": scrub,
        "before_breadcrumb": scrub_breadcrumb,
        "traces_sample_rate": traces_sample_rate,
    }


def scrub(event, hint=None):
    """Remove personal data from an event before it leaves the server (Sentry's before_send)."""
    request = event.get("request")
    if request:
        for part in ("data", "cookies", "query_string", "env"):
            request.pop(part, None)
        headers = request.get("headers") or {}
        request["headers"] = {name: value for name, value in headers.items() if name.lower() in KEPT_HEADERS}
    if "user" in event:
        event["user"] = {"id": event["user"]["id"]} if event["user"].get("id") else {}
    request_id = get_guid()
    if request_id:
        event.setdefault("tags", {})["request_id"] = request_id
    return _without_email_addresses(event)


def scrub_breadcrumb(breadcrumb, hint=None):
    return _without_email_addresses(breadcrumb)


def _without_email_addresses(value):
    if isinstance(value, str):
        return EMAIL_ADDRESS.sub(REMOVED, value)
    if isinstance(value, dict):
        return {key: _without_email_addresses(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_without_email_addresses(item) for item in value]
    return value
