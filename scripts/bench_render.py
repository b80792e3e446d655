"""The Python time, function calls and database queries of each page, in one process with the
settings in DJANGO_SETTINGS_MODULE, against the database and cache in the environment: what a
page costs an app server to render once the request has reached Django. Run by
`scripts/bench_load.py`, which passes, as JSON in the one argument, {"pages": {name: path},
"cookie": "...", "runs": N}, and reads a line of JSON back:
{name: {"python_ms": median CPU time, "calls": Python function calls, "queries": count}}.

CPU time (not wall time), so the figure depends less on what else the machine is doing; the
database's own time is not in it. Function calls (counted by cProfile over one request) do not
depend on it at all: on a busy machine, compare those. The whole-page cache is off here, so
the figures are a page's rendering, whoever asks (a cached page costs a cache read).
"""

import cProfile
import json
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

WARM_UP = 5


def main():
    os.environ["PAGE_CACHE_SECONDS"] = "0"
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    spec = json.loads(sys.argv[1])
    client = Client(HTTP_HOST="127.0.0.1", **({"HTTP_COOKIE": spec["cookie"]} if spec.get("cookie") else {}))
    figures = {}
    for name, path in spec["pages"].items():
        for _ in range(WARM_UP):
            response = client.get(path)
        if response.status_code != 200:
            sys.exit(f"{path} answered {response.status_code}")
        with CaptureQueriesContext(connection) as queries:
            client.get(path)
        query_count = len(queries.captured_queries)  # before the next request clears the log
        profile = cProfile.Profile()
        profile.runcall(client.get, path)
        times = []
        for _ in range(spec["runs"]):
            started = time.thread_time()
            client.get(path)
            times.append(time.thread_time() - started)
        figures[name] = {
            "python_ms": round(statistics.median(times) * 1000, 1),
            "calls": pstats.Stats(profile).total_calls,
            "queries": query_count,
        }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
