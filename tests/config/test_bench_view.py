"""The load benchmark's bare view is served only under its own settings, never by the site; and
its figures print as Markdown for docs/performance.md."""

import json
import subprocess
import sys

from django.conf import settings
from django.urls import resolve

from config import bench_urls


def test_the_site_has_no_bare_view(client, db):
    assert resolve("/" + bench_urls.BARE_PATH, urlconf="config.urls").func is not bench_urls.bare
    assert client.get("/" + bench_urls.BARE_PATH).status_code == 404


def test_the_bench_settings_serve_it_beside_every_page_of_the_site(client, settings):
    settings.ROOT_URLCONF = "config.bench_urls"

    assert resolve("/" + bench_urls.BARE_PATH).func is bench_urls.bare
    assert client.get("/" + bench_urls.BARE_PATH).content == b"ok"
    assert resolve("/accounts/login/").url_name == "account_login"


def test_a_load_run_prints_as_markdown_for_the_performance_page(tmp_path):
    """`scripts/bench_load.py --markdown` prints a run's figures as docs/performance.md shows
    them, with each goal met or not, from the results file alone."""
    page = {"requests_per_second": 4000.0, "bare_requests_per_second": 4500.0, "ratio_to_bare": 0.8889}
    page |= {"p50_ms": 2.0, "p95_ms": 4.0, "p99_ms": 6.0, "python_ms": 12.5, "calls": 48000, "queries": 5}
    member = page | {"requests_per_second": 150.0, "ratio_to_bare": 0.0333, "p95_ms": 95.0}
    run = {"date": "2026-12-03", "commit": "abc1234", "machine": "2 cores", "settings": "config.settings.bench"}
    run |= {"workers": 2, "connections": 10, "seconds_per_page": 15}
    run["pages"] = {"anonymous": {"home": page}, "member": {"home": member}}
    results = tmp_path / "load.json"
    results.write_text(json.dumps(run))

    done = subprocess.run(
        [sys.executable, "scripts/bench_load.py", "--markdown", str(results)],
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
    )

    assert "| home | anonymous | 4000.0 | 4500.0 | 88.89% | 2.0 | 4.0 | 6.0 | 12.5 | 48,000 | 5 |" in done.stdout
    assert "| cached page >= 0.8 of the bare view | yes | lowest: home 0.89 |" in done.stdout
    assert "| uncached p95 <= 80 ms | **no** | highest: home 95.0 ms |" in done.stdout
