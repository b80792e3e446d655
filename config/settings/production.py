"""Settings for a real deployment: PostgreSQL, Redis, Elasticsearch, SMTP, task workers.

Everything comes from the environment. There is no default for SECRET_KEY, ALLOWED_HOSTS,
DATABASE_URL, CACHE_URL (or REDIS_URL) or WAGTAILADMIN_BASE_URL: without them the site
refuses to start rather than run insecurely, on a throwaway database, or with rate limits that
each app server counts alone. See README.md, "Configuration".
"""

import sentry_sdk

from core.error_tracking import sentry_options

from .base import *  # noqa: F401,F403
from .base import MEDIA_STORAGE, env, logging_settings

DEBUG = False
SECRET_KEY = env.str("SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")
DATABASES = {"default": env.db_url("DATABASE_URL")}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# A cache every app server shares (Redis): rate limits must hold across servers.
CACHES = {"default": env.cache_url_config(env.str("CACHE_URL", default="") or env.str("REDIS_URL"))}
if CACHES["default"]["BACKEND"] == "django_redis.cache.RedisCache":
    # While Redis is away, each process answers from its own memory (see core/cache.py), and
    # a silent Redis holds a request for half a second, once every few seconds at most. The
    # URL may set other timeouts: redis://host:6379/1?socket_timeout=2
    redis_options = CACHES["default"].get("OPTIONS", {})
    CACHES["default"]["BACKEND"] = "core.cache.RedisWithLocalFallback"
    CACHES["default"]["OPTIONS"] = {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5} | redis_options
    # django-ratelimit warns of any backend not on its list (W001). This one is its listed
    # django_redis RedisCache, with the atomic add and incr it needs, plus the fallback.
    SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001"]

# --- Security headers and cookies over HTTPS (issue #12): HSTS, __Host- cookies, upgrading
# http:// addresses. Kept in config/settings/https.py, which the header test runs under too.
from .https import *  # noqa: E402,F401,F403

# --- end of security headers and cookies

STORAGES = {
    "default": MEDIA_STORAGE,
    "staticfiles": {"BACKEND": "core.staticfiles.NHSUKManifestStaticFilesStorage"},
}

# A worker (`manage.py db_worker`) runs queued tasks, so a slow or failing e-mail server
# never holds up or loses the request that caused the e-mail.
TASKS = {"default": {"BACKEND": env.str("TASKS_BACKEND", default="django_tasks_db.DatabaseBackend")}}

WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL")

# Errors you can see (docs/deploy.md, "Logs and errors"): one JSON object a line, with the
# request id, for a log collector; and, when SENTRY_DSN is set, error reports to Sentry with
# personal data taken out first (core/error_tracking.py).
LOGGING = logging_settings(env.str("LOG_FORMAT", default="json"))
if SENTRY_DSN := env.str("SENTRY_DSN", default=""):
    sentry_sdk.init(
        **sentry_options(
            SENTRY_DSN,
            environment=env.str("SENTRY_ENVIRONMENT", default="production"),
            release=env.str("SENTRY_RELEASE", default=""),
            traces_sample_rate=env.float("SENTRY_TRACES_SAMPLE_RATE", default=0.0),
        )
    )
