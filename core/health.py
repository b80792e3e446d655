"""`/health/`: whether this app server can serve the site, for the load balancer.

It is a middleware at the top of the stack rather than a page, so that a load balancer's check
is answered whatever address it uses for the server (no ALLOWED_HOSTS check), over plain HTTP
(no HTTPS redirect), without a session, a cookie or anything from the page tree.

The answer is a small JSON body saying how each service is: `{"status": "ok", "checks":
{"database": "ok", "cache": "ok", "search": "ok"}}`. The status code follows the database
alone: 503 when it cannot be reached, since then no page can be served, and 200 otherwise. The
cache and search are reported, but an outage of either answers 200 with the status "degraded":
the pages keep working without them (README, "When Redis is away" and "After a search
outage"), and as every app server shares them, failing the check would take every server out
of the load balancer at once and turn a slower site into no site at all.

It is cheap: one `SELECT 1`, one cache read (none at all while the cache is known to be away)
and, with Elasticsearch, one ping that waits a second at most. It names no host, version or
error: anyone can ask it. Failures are logged as warnings, not errors: a load balancer asks
every few seconds, and the outage itself is what error tracking should report.
"""

import logging

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.utils.cache import add_never_cache_headers
from wagtail.search.backends import get_search_backend

logger = logging.getLogger(__name__)

PATH = "/health/"
OK, UNAVAILABLE = "ok", "unavailable"


class HealthCheck:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path != PATH or request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        return health_response()


def health_response():
    reached = database()
    checks = {"database": reached, "cache": shared_cache(), "search": search(reached)}
    serving = reached == OK
    status = "ok" if set(checks.values()) == {OK} else ("degraded" if serving else "unavailable")
    response = JsonResponse({"status": status, "checks": checks}, status=200 if serving else 503)
    add_never_cache_headers(response)
    return response


def database():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        logger.warning("Health check: the database cannot be reached (%s)", error)
        return UNAVAILABLE
    return OK


def shared_cache():
    """The production cache answers from memory while Redis is away (core/cache.py), so a read
    always works: ask it whether it is in an outage instead."""
    try:
        cache.get("health-check")
    except Exception as error:  # noqa: BLE001 - any cache, any failure: report it, never raise
        logger.warning("Health check: the cache cannot be reached (%s)", error)
        return UNAVAILABLE
    return UNAVAILABLE if getattr(cache, "in_outage", False) else OK


def search(database_state):
    """Elasticsearch when it is configured; the database search is the database."""
    client = getattr(get_search_backend(), "es", None)
    if client is None:
        return database_state
    if client.options(request_timeout=1, max_retries=0).ping():
        return OK
    logger.warning("Health check: the search server cannot be reached")
    return UNAVAILABLE
