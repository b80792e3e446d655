"""`make bench-load`: how fast the site serves its pages and stores consultation answers under
load, served as production serves it: gunicorn's sync workers, production settings,
PostgreSQL and Redis, on a free local port, with the demo content and a conversation of 1,000
replies in a database of the benchmark's own.

1. Pages: wrk (Debian's `wrk`) keeps `--connections` requests going at once to each page for
   `--seconds`: the home page, a consultation, the first page of the 1,000-reply thread and a
   search, each just after a bare Django view (config/bench_urls.py) that goes through every
   middleware and returns two bytes. Each page's requests a second are given as a ratio to
   the bare view's run just before it, which cancels out most of what the machine is doing
   besides; p50 and p95 are wrk's latencies under that load. Before wrk, each page's Python time and
   queries are measured in one process (`scripts/bench_render.py`).
   Each page is measured as an anonymous visitor and as a logged-in member (`--as`): a
   member's pages are never served from a shared page cache, so those are the uncached
   figures, whatever the site caches for visitors.
2. Answers: `--respondents` people at once send the consultation's questionnaire for
   `--answer-seconds`, each answer from an address of its own (127.x.y.z: Linux answers the
   whole 127/8 on loopback) with a form token of its own, as many people would; one in 20 is
   sent twice, as a double click sends it. Every answer the site accepted (a redirect to its
   confirmation) must be stored exactly once: the script counts the rows for the tokens it
   sent and fails on any accepted answer lost or stored twice, or any server error.

The figures go to bench/results/load.json, with the machine, settings and date; the script
prints them as Markdown for docs/performance.md's "Under load", and prints them again from a
results file without running anything: `scripts/bench_load.py --markdown bench/results/load.json`.
Run it on a quiet machine: wrk, the site, PostgreSQL and Redis share its cores.
"""

import argparse
import datetime
import html.parser
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode

import psycopg
import redis
from production_site import ROOT, cookies, fetch, free_port, gunicorn, prepare, site_environment

CONSULTATION = "/consultations/birth-centre-move/"
SEARCH = "/search/?q=hospital"
BARE = "/bench/bare/"
MEMBER = "asha.demo@example.org"
DOUBLE_CLICK_EVERY = 20
ADDRESSES = random.Random()  # noqa: S311 (made-up client addresses, not secrets)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--database-url",
        default=os.environ.get("LOAD_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/participation_perf"),
    )
    parser.add_argument("--cache-url", default=os.environ.get("LOAD_CACHE_URL", "redis://127.0.0.1:6379/7"))
    parser.add_argument("--settings", default="config.settings.bench", help="production's, plus the bare view")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers: one a core")
    parser.add_argument("--connections", type=int, default=10, help="requests wrk keeps going at once")
    parser.add_argument("--seconds", type=int, default=15, help="wrk's time on each page")
    parser.add_argument("--as", dest="visitors", default="anonymous,member", help="anonymous, member or both")
    parser.add_argument("--respondents", type=int, default=50)
    parser.add_argument("--answer-seconds", type=float, default=60)
    parser.add_argument("--runs", type=int, default=30, help="requests timed in one process for Python time")
    parser.add_argument("--output", default="bench/results/load.json")
    parser.add_argument("--markdown", metavar="RESULTS", help="only print a results file's figures as Markdown")
    args = parser.parse_args()
    if args.markdown:
        print(markdown(json.loads(Path(args.markdown).read_text())))
        return

    with tempfile.TemporaryDirectory(prefix="bench-load-") as scratch:
        port = free_port()
        env = site_environment(
            settings=args.settings,
            database_url=args.database_url,
            cache_url=args.cache_url,
            port=port,
            scratch=scratch,
        )
        (thread_path,) = prepare(args.database_url, env, [["load_long_thread", "--replies", "1000"]])
        pages = {"home": "/", "consultation": CONSULTATION, "thread": thread_path.strip(), "search": SEARCH}
        # The benchmark's own Redis database: nothing cached by an earlier run may answer.
        redis.Redis.from_url(args.cache_url).flushdb()
        with gunicorn(env, port, args.workers, Path(scratch) / "gunicorn.log"):
            result = {"pages": {}}
            for visitor in args.visitors.split(","):
                cookie = log_in(port, env["DEMO_STAFF_PASSWORD"]) if visitor == "member" else ""
                result["pages"][visitor] = measure_pages(port, pages, cookie, env, args)
            if args.respondents:
                result["answers"] = answer(port, args)
                result["answers"] |= check_stored(args.database_url, result["answers"].pop("tokens"))
    result = about_the_run(args) | result
    path = ROOT / args.output
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result, indent=2) + "\n")
    print(f"\n{markdown(result)}\n({path})")
    if failures(result):
        sys.exit("\n".join(failures(result)))


def about_the_run(args):
    lines = Path("/proc/cpuinfo").read_text().splitlines()
    cpu = next((line.split(":", 1)[1].strip() for line in lines if "model name" in line), platform.processor())
    commit = subprocess.run(["git", "describe", "--always", "--dirty"], cwd=ROOT, capture_output=True, text=True)  # noqa: S607
    return {
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "commit": commit.stdout.strip(),
        "machine": f"{os.cpu_count()} cores, {cpu}",
        "settings": args.settings,
        "workers": args.workers,
        "connections": args.connections,
        "seconds_per_page": args.seconds,
    }


def log_in(port, password):
    """A demo member's session, logged in through the log-in page: the cookies to send."""
    _, _, response, page = fetch(port, "GET", "/accounts/login/")
    form = {"csrfmiddlewaretoken": questionnaire_token(page), "login": MEMBER, "password": password}
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookies(response)}
    status, _, logged_in, _ = fetch(port, "POST", "/accounts/login/", urlencode(form).encode(), headers)
    if status != 302:
        sys.exit(f"Could not log in as {MEMBER} (status {status}).")
    jar = dict(pair.split("=", 1) for pair in f"{cookies(response)}; {cookies(logged_in)}".split("; ") if pair)
    return "; ".join(f"{name}={value}" for name, value in jar.items())


def questionnaire_token(page):
    return FormReader.read(page)["csrfmiddlewaretoken"]


def measure_pages(port, pages, cookie, env, args):
    """Python time and queries of each page, then wrk on the bare view and each page."""
    headers = {"Cookie": cookie} if cookie else {}
    page_cache = {}
    for path in [BARE, *pages.values()]:
        for _ in range(3 * args.workers):  # each worker's first requests load templates and code
            status, _, response, _ = fetch(port, "GET", path, headers=headers)
        if status != 200:
            sys.exit(f"{path} answered {status}, not 200.")
        page_cache[path] = response.getheader("X-Page-Cache", "")
    visitor = "a member" if cookie else "an anonymous visitor"
    print(f"Python time and queries per page, as {visitor}...", flush=True)
    spec = json.dumps({"pages": pages, "cookie": cookie, "runs": args.runs})
    render = subprocess.run(  # noqa: S603 (our own script)
        [sys.executable, "scripts/bench_render.py", spec], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if render.returncode:
        sys.exit(render.stderr[-3000:])
    python = json.loads(render.stdout.strip().splitlines()[-1])
    figures = {}
    for name, path in pages.items():
        # The bare view just before each page, so that both meet the machine in the same state.
        print(f"wrk: bare view, then {name} ({path}), as {visitor}, {args.seconds} s each...", flush=True)
        bare = wrk(port, BARE, cookie, args)
        figures[name] = wrk(port, path, cookie, args) | python[name]
        figures[name]["bare_requests_per_second"] = bare["requests_per_second"]
        # "hit" once warm: the page cache serves this page (never a member's, a form's or a search's).
        figures[name]["page_cache"] = page_cache[path]
        figures[name]["ratio_to_bare"] = round(figures[name]["requests_per_second"] / bare["requests_per_second"], 4)
    return figures


def wrk(port, path, cookie, args):
    command = ["wrk", "--threads", "1", "--connections", str(args.connections), "--duration", f"{args.seconds}s"]
    command += ["--timeout", "10s", "--script", str(ROOT / "bench" / "wrk_report.lua")]
    if cookie:
        command += ["--header", f"Cookie: {cookie}"]
    done = subprocess.run([*command, f"http://127.0.0.1:{port}{path}"], capture_output=True, text=True, check=True)  # noqa: S603
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    figures["requests_per_second"] = round(figures["requests"] / figures["seconds"], 1)
    return figures


class FormReader(html.parser.HTMLParser):
    """The fields of a page's POST forms, filled as a person might: the first choice of each
    group, a sentence in each text box, the hidden fields as they are. Boxes hidden from
    people (tabindex -1, the honeypot) and the respondent's own ticks (receipt, outcome e-mail)
    stay empty. `read()` returns the form holding a CSRF token, the questionnaire's if any."""

    def __init__(self):
        super().__init__()
        self.forms, self.fields, self.select = [], None, None

    @classmethod
    def read(cls, page):
        reader = cls()
        reader.feed(page.decode())
        forms = [form for form in reader.forms if "csrfmiddlewaretoken" in form]
        return next((form for form in forms if "respondent-submission_token" in form), forms[0])

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "form" and attrs.get("method", "").lower() == "post":
            self.fields = {}
            self.forms.append(self.fields)
        elif self.fields is None or not name or attrs.get("tabindex") == "-1":
            return
        elif tag == "input":
            kind = attrs.get("type", "text")
            if kind == "hidden" or kind in ("radio", "checkbox") and not name.startswith("respondent-"):
                self.fields.setdefault(name, attrs.get("value", "on"))
            elif kind in ("text", "search"):
                self.fields.setdefault(name, "An answer from the load benchmark")
        elif tag == "textarea":
            self.fields.setdefault(name, "An answer from the load benchmark.")
        elif tag == "select":
            self.select = name
        if tag == "option" and self.select and attrs.get("value"):
            self.fields.setdefault(self.select, attrs["value"])

    def handle_endtag(self, tag):
        if tag == "form":
            self.fields = None
        elif tag == "select":
            self.select = None


def random_address():
    octets = (ADDRESSES.randint(1, 254), ADDRESSES.randint(0, 255), ADDRESSES.randint(1, 254))
    return "127.{}.{}.{}".format(*octets)


def answer(port, args):
    """`--respondents` people answering the consultation at once, for `--answer-seconds`."""
    _, _, response, page = fetch(port, "GET", CONSULTATION)
    fields = FormReader.read(page)
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookies(response)}
    statuses, accepted, sent, lock = Counter(), {}, [], threading.Lock()
    double_clicks = {"sent": 0, "same_reference": 0}
    print(f"{args.respondents} respondents answering {CONSULTATION} for {args.answer_seconds:.0f} s...", flush=True)
    started = time.monotonic()
    deadline = started + args.answer_seconds

    def post(token, source):
        body = urlencode(fields | {"respondent-submission_token": token}, doseq=True).encode()
        try:
            status, _, response, _ = fetch(port, "POST", CONSULTATION, body, headers, source)
        except OSError as error:  # a timeout included
            return type(error).__name__, None
        location = response.getheader("Location") or ""
        return status, location if status == 302 and "/confirmation/" in location else None

    def respondent(number):
        count = 0
        while time.monotonic() < deadline:
            token, source = str(uuid.uuid4()), random_address()
            status, confirmation = post(token, source)
            count += 1
            again = confirmation and count % DOUBLE_CLICK_EVERY == number % DOUBLE_CLICK_EVERY
            repeat = post(token, source) if again else None
            with lock:
                sent.append(token)
                statuses[status] += 1
                if confirmation:
                    accepted[token] = confirmation
                if repeat:
                    double_clicks["sent"] += 1
                    double_clicks["same_reference"] += repeat[1] == confirmation

    threads = [threading.Thread(target=respondent, args=(n,)) for n in range(args.respondents)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.monotonic() - started
    return {
        "respondents": args.respondents,
        "seconds": round(seconds, 1),
        "sent": len(sent),
        "accepted": len(accepted),
        "accepted_per_second": round(len(accepted) / seconds, 1),
        "statuses": {str(status): count for status, count in sorted(statuses.items(), key=str)},
        "double_clicks": double_clicks,
        "tokens": {"sent": sent, "accepted": list(accepted)},
    }


def check_stored(database_url, tokens):
    """How many rows each token the respondents sent has in the database."""
    with psycopg.connect(database_url) as connection:
        rows = connection.execute(
            "SELECT submission_token::text, count(*) FROM consultations_consultationresponse "
            "WHERE submission_token = ANY(%s::uuid[]) GROUP BY 1",
            [tokens["sent"]],
        ).fetchall()
    stored = dict(rows)
    accepted = set(tokens["accepted"])
    return {
        "stored": sum(stored.values()),
        "accepted_and_stored_once": sum(1 for token in accepted if stored.get(token) == 1),
        "lost": sum(1 for token in accepted if token not in stored),
        "stored_twice": sum(1 for count in stored.values() if count > 1),
        "stored_without_confirmation": sum(1 for token in stored if token not in accepted),
    }


def failures(result):
    problems = []
    for visitor, pages in result["pages"].items():
        for name, figures in pages.items():
            errors = {key: figures[key] for key in ("connect_errors", "read_errors", "timeouts", "bad_statuses")}
            if any(errors.values()):
                problems.append(f"{name} as {visitor}: {errors}")
    answers = result.get("answers")
    if answers:
        if answers["lost"] or answers["stored_twice"]:
            problems.append(f"Answers lost: {answers['lost']}, stored twice: {answers['stored_twice']}")
        if answers["accepted"] != answers["accepted_and_stored_once"]:
            problems.append(f"Accepted {answers['accepted']}, stored once {answers['accepted_and_stored_once']}")
        server_errors = [status for status in answers["statuses"] if not status.isdigit() or int(status) >= 500]
        if server_errors:
            problems.append(f"Answers met errors: {answers['statuses']}")
    return problems


def markdown(result):
    """The run's figures as Markdown, for docs/performance.md: what ran, a table of the pages,
    and the answers' count."""
    lines = [
        f"{result['date']}, commit {result['commit']}: {result['machine']}; {result['settings']}, "
        f"{result['workers']} gunicorn workers, wrk {result['connections']} connections, "
        f"{result['seconds_per_page']} s a page.",
        "",
        "| page | as | req/s | bare view req/s | ratio | p50 ms | p95 ms | p99 ms | Python ms | calls | queries |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for visitor, pages in result["pages"].items():
        for name, page in pages.items():
            cells = [name, visitor, page["requests_per_second"], page["bare_requests_per_second"]]
            cells.append(f"{page['ratio_to_bare']:.2%}")
            cells += [page["p50_ms"], page["p95_ms"], page["p99_ms"]]
            calls = f"{page['calls']:,}" if "calls" in page else ""
            cells += [page.get("python_ms", ""), calls, page.get("queries", "")]
            lines.append("| " + " | ".join(str(cell) for cell in cells) + " |")
    answers = result.get("answers")
    if answers:
        lines += [
            "",
            f"Answers: {answers['respondents']} respondents for {answers['seconds']} s: sent {answers['sent']}, "
            f"accepted {answers['accepted']} ({answers['accepted_per_second']}/s), stored {answers['stored']}, "
            f"accepted and stored exactly once {answers['accepted_and_stored_once']}, lost {answers['lost']}, "
            f"stored twice {answers['stored_twice']}; double clicks {answers['double_clicks']['sent']} "
            f"({answers['double_clicks']['same_reference']} given the first answer's reference); "
            f"statuses {answers['statuses']}.",
        ]
    lines += ["", "| goal (issue #12) | reached | figure |", "| --- | --- | --- |"]
    lines += [f"| {goal} | {'yes' if met else '**no**'} | {figure} |" for goal, met, figure in goals(result)]
    return "\n".join(lines)


def goals(result):
    """(goal, met, the figure) for each of issue #12's goals this run measures. A visitor's
    pages come from the page cache, a member's never do: theirs are the uncached figures."""
    pages = result["pages"]
    uncached = pages.get("member", {})
    # Pages the page cache served once warm; a run from before the header was recorded counts
    # every visitor's page.
    visitors = pages.get("anonymous", {})
    cached = {name: page for name, page in visitors.items() if page.get("page_cache", "hit") == "hit"}
    checks = []
    if cached:
        worst = min(cached, key=lambda name: cached[name]["ratio_to_bare"])
        ratio = cached[worst]["ratio_to_bare"]
        checks.append(("cached page >= 0.8 of the bare view", ratio >= 0.8, f"lowest: {worst} {ratio:.2f}"))
    every = {f"{name} ({visitor})": page for visitor in pages for name, page in pages[visitor].items()}
    python = {name: page["python_ms"] for name, page in every.items() if "python_ms" in page}
    if python:
        worst = max(python, key=python.get)
        checks.append(("<= 15 ms of Python a page", python[worst] <= 15, f"highest: {worst} {python[worst]} ms"))
    others = {name: page["p95_ms"] for name, page in uncached.items() if name != "thread"}
    if others:
        worst = max(others, key=others.get)
        checks.append(("uncached p95 <= 80 ms", others[worst] <= 80, f"highest: {worst} {others[worst]} ms"))
    if "thread" in uncached:
        p95 = uncached["thread"]["p95_ms"]
        checks.append(("1,000-reply thread p95 <= 150 ms (uncached)", p95 <= 150, f"{p95} ms"))
    answers = result.get("answers")
    if answers:
        met = not answers["lost"] and answers["accepted_per_second"] >= 200
        figure = f"lost {answers['lost']} at {answers['accepted_per_second']} accepted a second"
        checks.append(("0 lost answers at >= 200 accepted a second", met, figure))
    return checks


if __name__ == "__main__":
    main()
