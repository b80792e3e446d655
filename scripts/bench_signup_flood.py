"""`make bench-flood`: how many megabyte sign-ups a second the site refuses, and whether the
flood slows the pages everyone else is reading.

It serves the site as production does (gunicorn's sync workers, production settings,
PostgreSQL, Redis) on a free local port, with the demo content in its own database, then:

1. baseline: one visitor reads the home page, a consultation and /forum/ over and over;
2. one address: several clients post sign-ups with a 1 MB display name (and a valid CSRF
   token) as fast as they can, all from one address, while the visitor keeps reading;
3. many addresses: the same flood with every post from a new address (127.x.y.z: Linux
   answers the whole 127/8 on loopback, and with TRUSTED_PROXY_COUNT=0 the site counts the
   connection's own address), first at fixed rates, then flat out;
4. control: the same flood flat out, with names only one character too long, to show what the
   megabyte itself costs.

How to read it: for each flood, "sent/s" is the posts the site answered each second and
"statuses" what it answered (200 is the sign-up form shown again with "Your display name must
be 100 characters or fewer", 429 is the sign-up rate limit of 20 a minute per address, 400 or
413 would be a body refused before the form reads it). Any 5xx, error or timeout is a fault.
"pages p50/p95" is the visitor's latency under the flood, and "x" its ratio to the baseline:
near 1x means the flood did not slow other pages. The last line names the highest 1 MB flood
rate from many addresses whose page p95 stayed within 1.5x of the baseline. The flood and the
visitor share the machine's cores with the site, so run it on a quiet machine and compare
runs. The figures go to bench/results/flood.json. No account may be created: the script counts
users before and after, and fails if there is one more.
"""

import argparse
import json
import os
import random
import re
import secrets
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode

import psycopg
from production_site import ROOT, cookies, fetch, free_port, gunicorn, prepare, site_environment

PAGES = ["/", "/consultations/birth-centre-move/", "/forum/"]
SIGNUP = "/accounts/signup/"
NAME_LENGTH = 1_000_000
# The control: a name one character too long, refused the same way, to show what the megabyte adds.
CONTROL_NAME_LENGTH = 101
SLOWED = 1.5  # a page p95 more than this times the baseline counts as slowed
ADDRESSES = random.Random()  # noqa: S311 (made-up client addresses, not secrets)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--database-url",
        default=os.environ.get("FLOOD_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/participation_flood"),
    )
    parser.add_argument("--cache-url", default=os.environ.get("FLOOD_CACHE_URL", "redis://127.0.0.1:6379/6"))
    parser.add_argument("--settings", default="config.settings.production", help="to try a variant of production")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers (the README's deploy uses 3)")
    parser.add_argument("--clients", type=int, default=6, help="concurrent flood clients")
    parser.add_argument("--rates", default="2,5,10,max", help="flood rates from many addresses, posts a second")
    parser.add_argument("--seconds", type=float, default=20, help="length of each flood, and of the baseline")
    parser.add_argument("--output", default="bench/results/flood.json")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-flood-") as scratch:
        port = free_port()
        env = site_environment(
            settings=args.settings,
            database_url=args.database_url,
            cache_url=args.cache_url,
            port=port,
            scratch=scratch,
        )
        prepare(args.database_url, env)
        with gunicorn(env, port, args.workers, Path(scratch) / "gunicorn.log"):
            users_before = count_users(args.database_url)
            result = run_floods(port, args)
            result["users_created"] = count_users(args.database_url) - users_before
    result |= {"settings": args.settings, "workers": args.workers, "clients": args.clients}

    path = ROOT / args.output
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result, indent=2) + "\n")
    print_summary(result, path)
    if result["users_created"]:
        sys.exit(f"The flood created {result['users_created']} accounts: the display-name check let it through.")
    if any(faults(row) for row in [{"statuses": {}, "pages": result["baseline"]}, *result["floods"]]):
        sys.exit("Some requests failed (a 5xx, an error or a timeout): see the statuses and page faults above.")


def faults(row):
    """Answers that are not a refusal: a server error, a dropped connection or a timeout."""
    failed = [status for status in row["statuses"] if not status.isdigit() or int(status) >= 500]
    return failed or row["pages"]["faults"]


def count_users(database_url):
    with psycopg.connect(database_url) as connection:
        return connection.execute("SELECT count(*) FROM people_user").fetchone()[0]


def signup_poster(port, name_length):
    """A function that posts one sign-up from a given address, with a display name of
    `name_length` characters and the CSRF cookie and token a browser would have. Only the
    display name is wrong."""
    _, _, response, page = fetch(port, "GET", SIGNUP)
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1).decode()
    password = secrets.token_urlsafe(12)
    fields = {"csrfmiddlewaretoken": token, "display_name": "a" * name_length, "website": ""}
    fields |= {"password1": password, "password2": password}
    common = urlencode(fields)
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookies(response)}

    def post(source):
        body = f"{common}&email=flood-{secrets.token_hex(6)}%40example.org".encode()
        return fetch(port, "POST", SIGNUP, body, headers, source)

    return post


def random_address():
    octets = (ADDRESSES.randint(1, 254), ADDRESSES.randint(0, 255), ADDRESSES.randint(1, 254))
    return "127.{}.{}.{}".format(*octets)


def flood(port, seconds, clients, rate=None, address=None, name_length=NAME_LENGTH):
    """Post sign-ups from `clients` threads for `seconds`, at `rate` a second in all (None: as
    fast as they can), from one `address` or else a new address for every post."""
    post = signup_poster(port, name_length)
    statuses, timings, lock = Counter(), [], threading.Lock()
    started = time.monotonic()
    deadline = started + seconds

    def client(number):
        interval = clients / rate if rate else 0
        due = started + number * interval / clients
        while (now := time.monotonic()) < deadline:
            if due > now:
                time.sleep(due - now)
            due += interval
            try:
                status, took, _, _ = post(address or random_address())
            except TimeoutError:
                status, took = "timeout", None
            except OSError as error:
                status, took = type(error).__name__, None
            with lock:
                statuses[status] += 1
                if took is not None:
                    timings.append(took)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    pages = visit(port, deadline, after=min(1, seconds / 10))  # let the flood get going first
    for thread in threads:
        thread.join()
    sent = sum(statuses.values())
    return {
        "rate_target": rate or "max",
        "addresses": "one" if address else "many",
        "name_length": name_length,
        "sent": sent,
        "sent_per_second": round(sent / (time.monotonic() - started), 1),
        "statuses": {str(status): count for status, count in sorted(statuses.items(), key=str)},
        "flood_p50_ms": milliseconds(statistics.median(timings)) if timings else None,
        "pages": pages,
    }


def visit(port, deadline, after=0):
    """One visitor reading the ordinary pages in turn until `deadline`: latency per page and
    for all of them together, and any status other than 200."""
    time.sleep(after)
    timings, faults = {path: [] for path in PAGES}, Counter()
    while time.monotonic() < deadline:
        for path in PAGES:
            try:
                status, took, _, _ = fetch(port, "GET", path)
            except OSError as error:
                faults[type(error).__name__] += 1
                continue
            timings[path].append(took)
            if status != 200:
                faults[status] += 1
    pooled = [took for times in timings.values() for took in times]
    return {"all": percentiles(pooled), **{path: percentiles(times) for path, times in timings.items()}} | {
        "faults": dict(faults)
    }


def percentiles(times):
    if len(times) < 2:
        return {"count": len(times)}
    return {
        "count": len(times),
        "p50_ms": milliseconds(statistics.median(times)),
        "p95_ms": milliseconds(statistics.quantiles(times, n=20)[-1]),
    }


def milliseconds(seconds):
    return round(seconds * 1000, 1)


def run_floods(port, args):
    print("Baseline: ordinary pages, no flood...", flush=True)
    for _ in range(3 * args.workers):  # each worker's first requests load templates and code
        for path in PAGES:
            fetch(port, "GET", path)
    baseline = visit(port, time.monotonic() + args.seconds)
    print("Flood from one address, flat out...", flush=True)
    floods = [flood(port, args.seconds, args.clients, address=random_address())]
    for rate in args.rates.split(","):
        print(f"Flood from many addresses, {rate} a second...", flush=True)
        floods.append(flood(port, args.seconds, args.clients, rate=None if rate == "max" else float(rate)))
    print(f"Control: {CONTROL_NAME_LENGTH}-character names from many addresses, flat out...", flush=True)
    floods.append(flood(port, args.seconds, args.clients, name_length=CONTROL_NAME_LENGTH))
    for result in floods:
        for figure in ("p50", "p95"):
            loaded, calm = result["pages"]["all"].get(f"{figure}_ms"), baseline["all"].get(f"{figure}_ms")
            result["pages"]["all"][f"{figure}_ratio"] = round(loaded / calm, 2) if loaded and calm else None
    return {"baseline": baseline, "floods": floods}


def print_summary(result, path):
    calm = result["baseline"]["all"]
    print(f"\nBaseline pages: p50 {calm['p50_ms']} ms, p95 {calm['p95_ms']} ms ({calm['count']} requests)")
    print(f"{'flood':<27}{'sent/s':>7}{'refusal p50':>13}{'pages p50':>18}{'pages p95':>18}  statuses; page faults")
    unslowed = [0]
    for row in result["floods"]:
        pages = row["pages"]["all"]
        name = "1 MB" if row["name_length"] == NAME_LENGTH else f"{row['name_length']} chars"
        label = f"{name}, {row['addresses']} addr., {row['rate_target']}/s"
        p50 = f"{pages.get('p50_ms')} ms {pages.get('p50_ratio')}x"
        p95 = f"{pages.get('p95_ms')} ms {pages.get('p95_ratio')}x"
        refusal = f"{row['flood_p50_ms']} ms"
        figures = f"{row['sent_per_second']:>7}{refusal:>13}{p50:>18}{p95:>18}"
        print(f"{label:<27}{figures}  {row['statuses']}; {row['pages']['faults']}")
        megabyte_from_many = row["name_length"] == NAME_LENGTH and row["addresses"] == "many"
        if megabyte_from_many and (pages.get("p95_ratio") or SLOWED + 1) <= SLOWED:
            unslowed.append(row["sent_per_second"])
    print(f"Accounts created by the flood: {result['users_created']}")
    print(f"Highest 1 MB flood rate with page p95 within {SLOWED}x of the baseline: {max(unslowed)}/s ({path})")


if __name__ == "__main__":
    main()
