"""gunicorn's settings for the site: `gunicorn config.wsgi` reads this file from the folder it
starts in. Each value can be changed from the environment; docs/deploy.md says when to.

The workers are gunicorn's sync workers: one request at a time each, as Django's database
connections and our rate limits expect. The access log is one JSON object a line, with the
request id the site returns in X-Request-ID, so a request's access line and the site's own log
lines (config/settings/base.py, logging_settings) can be found together.
"""

import multiprocessing
import os

from gunicorn.glogging import Logger
from pythonjsonlogger.json import JsonFormatter

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
# Two workers a core and one more, as gunicorn advises; WEB_CONCURRENCY sets it (3 in the README).
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
# A request taking longer than this has hung: its worker is killed and replaced.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# On a restart (a deploy), requests in progress get this long to finish.
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
# Keep-alive only matters behind a proxy that reuses connections; a little longer than none.
keepalive = 5
# Each worker is replaced after about this many requests, so that a slow leak cannot grow.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = max_requests // 10
# The proxies whose X-Forwarded-Proto gunicorn believes (the site's own SECURE_PROXY_SSL_HEADER
# reads it too): the load balancer's addresses or network. The site reads the client's address
# from X-Forwarded-For itself (TRUSTED_PROXY_COUNT).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
# No control socket: it sits at one path per user, which two gunicorns on one machine (a
# deploy's new and old, or the tests') would share. Signals (HUP, TERM) do its job here.
control_socket_disable = True
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()


class JsonLogger(Logger):
    """gunicorn's logger, writing each line as one JSON object with the same fields as the
    site's own lines (time, level, logger, request_id, message)."""

    def setup(self, cfg):
        super().setup(cfg)
        formatter = JsonFormatter(
            "%(levelname)s %(name)s %(message)s",
            rename_fields={"levelname": "level", "name": "logger"},
            timestamp="time",
        )
        for log in (self.error_log, self.access_log):
            for handler in log.handlers:
                handler.setFormatter(formatter)

    def access(self, resp, req, environ, request_time):
        """One line a request. The path is logged without its query string, which can hold what
        someone searched for; the client's address is the proxy's, as X-Forwarded-For is not."""
        if not self.access_log_enabled:
            return
        status = resp.status.split(None, 1)[0] if isinstance(resp.status, str) else resp.status
        headers = {name.lower(): value for name, value in resp.headers}
        fields = {
            "request_id": headers.get("x-request-id"),
            "method": environ.get("REQUEST_METHOD"),
            "path": environ.get("PATH_INFO"),
            "status": int(status),
            # Files sent by sendfile are not counted in `sent`: their length is in the header.
            "bytes": int(headers.get("content-length") or getattr(resp, "sent", 0) or 0),
            "duration_ms": round(request_time.total_seconds() * 1000, 1),
            "remote_addr": environ.get("REMOTE_ADDR"),
            "user_agent": environ.get("HTTP_USER_AGENT"),
        }
        self.access_log.info("request", extra=fields)


logger_class = JsonLogger
