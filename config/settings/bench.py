"""Production's settings plus one bare Django view (config/bench_urls.py), for `make bench-load`
only: the yardstick the site's pages are measured against, served by the same gunicorn in
the same run. Never deploy with these settings."""

from .production import *  # noqa: F401,F403

ROOT_URLCONF = "config.bench_urls"
