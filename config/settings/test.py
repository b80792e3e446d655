"""Settings for the test suite: fast and self-contained, same module locally and in CI.

TEST_DATABASE_URL (for example postgres://postgres@127.0.0.1:5432/participation) runs the
suite on PostgreSQL; otherwise SQLite.
"""

from .base import *  # noqa: F401,F403
from .base import DATABASE_SEARCH, DATABASES, INSTALLED_APPS, env

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105 (tests only)
ALLOWED_HOSTS = ["*"]

if env.str("TEST_DATABASE_URL", default=""):
    DATABASES["default"] = env.db_url("TEST_DATABASE_URL")

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
WAGTAILSEARCH_BACKENDS = {"default": DATABASE_SEARCH}
WAGTAILADMIN_BASE_URL = "http://testserver"
# Serve static files straight from the apps, as in development: tests never run collectstatic.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# One process, so a local-memory cache is enough for rate limits here (production uses Redis).
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.E003", "django_ratelimit.W001"]

# The factories and the demo content the tests build on.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]

# Tests change rows directly and read pages again in the same test; the page cache's own tests
# (tests/core/test_page_cache.py) switch it on.
PAGE_CACHE_SECONDS = 0
