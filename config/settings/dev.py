"""Settings for a developer's machine: `make run` and `manage.py` use these by default."""

from .base import *  # noqa: F401,F403
from .base import INSTALLED_APPS, env

DEBUG = env.bool("DEBUG", default=True)
# Only for local use: production.py refuses to start without a real SECRET_KEY.
SECRET_KEY = env.str("SECRET_KEY", default="dev-only-insecure-key-never-use-in-production")
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# One process, so a local-memory cache is enough for rate limits here (production uses Redis).
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.E003", "django_ratelimit.W001"]

# The demo content and the search benchmark: never installed in production.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]

# Pages are not kept while you work, so an edited template shows at once; PAGE_CACHE_SECONDS=300
# tries the page cache as production runs it.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=0)
