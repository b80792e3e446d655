"""The search benchmark behind `make bench-search`: 5,000 made-up pages in PostgreSQL, then a
fixed set of searches through the real search page, timed.

Forum replies (100,000 in the issue's brief) join the seed when the forum exists.

The seed builds pages with Wagtail's own `add_child`, so the page tree is exactly what editors
would make, without the indexing each save would queue; the search index is then built in one
pass by `update_index`, as after a deploy, and PostgreSQL's statistics are brought up to date
(ANALYZE), as autovacuum would.
"""

import datetime
import json
import random
import statistics
import time

from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client, override_settings
from django.utils import timezone
from wagtail.models import Site

from consultations.models import (
    ConsultationIndexPage,
    ConsultationPage,
    EventIndexPage,
    EventPage,
    OutcomeIndexPage,
    OutcomePage,
    OutcomeTheme,
    Place,
    ServiceChangeIndexPage,
    ServiceChangePage,
    Topic,
)
from home.models import ContentPage

PAGES = {ConsultationPage: 1500, ServiceChangePage: 1000, EventPage: 1000, OutcomePage: 1000, ContentPage: 500}
SEED = 2027
HELD_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
RUNS = 30
WARM_UP_RUNS = 2

# One page in a hundred mentions orthoptists: the rare word in the query set.
RARE_SENTENCE = "Orthoptists check the eyes of children who squint."
RARE_CHANCE = 0.01

# (query, extra parameters): common and rare words, a stemmed form, a question, nothing at all,
# newest first, one kind only, and a later page.
QUERIES = [
    ("hospital", {}),
    ("minor injuries", {}),
    ("mental health support", {}),
    ("orthoptists", {}),
    ("consulting", {}),
    ("how do I book a blood test", {}),
    ("xylophone", {}),
    ("parking", {"sort": "newest"}),
    ("clinic", {"kind": "consultation"}),
    ("hospital", {"page": "3"}),
]

PLACES = ["Kellsmoor", "Wendlebridge", "Harrowmere", "Ashby Vale", "Copperfield", "Long Marston"]
SERVICES = [
    "minor injuries unit",
    "birth centre",
    "GP practice",
    "pharmacy",
    "mental health support team",
    "diabetes clinic",
    "blood test clinic",
    "patient transport",
    "dental service",
    "physiotherapy service",
    "community nursing team",
    "eye clinic",
    "hearing clinic",
    "audiology service",
    "stroke unit",
    "children's ward",
]
CHANGES = ["open longer", "move to a new building", "close at night", "offer online booking", "join with another team"]
REASONS = [
    "fewer people use it at night",
    "the building is too old",
    "people asked for it",
    "there are not enough staff",
    "waiting times are too long",
]
DETAILS = [
    "You can still call 111 at any time.",
    "There is free parking next to the entrance.",
    "The bus stops outside the hospital.",
    "We will write to everyone on the waiting list.",
    "Interpreters and British Sign Language are free.",
    "Tell us what you think before the consultation closes.",
    "Staff will be there to answer your questions.",
    "Young people and their families helped plan this.",
]


def ensure_fresh_database(settings_dict):
    """Drop and create the benchmark database, so every run measures the same thing. Refuses
    any database whose name does not say it is for benchmarks."""
    import psycopg
    from psycopg import sql

    name = settings_dict["NAME"]
    if "bench" not in name:
        raise ValueError(f"Refusing to drop {name!r}: the benchmark database's name must contain 'bench'.")
    server = {
        "dbname": "postgres",
        "host": settings_dict.get("HOST") or None,
        "port": settings_dict.get("PORT") or None,
        "user": settings_dict.get("USER") or None,
        "password": settings_dict.get("PASSWORD") or None,
    }
    with psycopg.connect(**{key: value for key, value in server.items() if value}, autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def _sentence(rng):
    return (
        f"The {rng.choice(SERVICES)} in {rng.choice(PLACES)} may {rng.choice(CHANGES)} "
        f"because {rng.choice(REASONS)}. {rng.choice(DETAILS)}"
    )


def _body(rng):
    paragraphs = [" ".join(_sentence(rng) for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(2, 4))]
    if rng.random() < RARE_CHANCE:
        paragraphs.append(RARE_SENTENCE)
    return json.dumps([{"type": "text", "value": f"<p>{paragraph}</p>"} for paragraph in paragraphs])


def _richtext(rng):
    return f"<p>{_sentence(rng)}</p>"


def seed_pages():
    """Add the pages under the home page. Returns the seconds it took."""
    rng = random.Random(SEED)  # noqa: S311 (made-up text, not secrets)
    now = timezone.now()
    started = time.perf_counter()
    home = Site.objects.get(is_default_site=True).root_page
    topics = [Topic.objects.create(name=service.capitalize(), slug=f"topic-{n}") for n, service in enumerate(SERVICES)]
    places = [Place.objects.create(name=place, slug=f"place-{n}") for n, place in enumerate(PLACES)]
    # Saving a page queues search and reference indexing; hold those tasks back (the dummy
    # backend keeps them unrun) and build the search index in one pass afterwards.
    with override_settings(TASKS=HELD_TASKS), transaction.atomic():
        finder = home.add_child(instance=ConsultationIndexPage(title="Have your say", slug="consultations"))
        changes = home.add_child(instance=ServiceChangeIndexPage(title="Service changes", slug="service-changes"))
        events = home.add_child(instance=EventIndexPage(title="Events", slug="events"))
        outcomes = home.add_child(instance=OutcomeIndexPage(title="You said, we did", slug="outcomes"))
        consultations = []
        for model, count in PAGES.items():
            for number in range(count):
                published = now - datetime.timedelta(days=rng.randint(0, 1000), minutes=number)
                common = {
                    "locale": home.locale,
                    "title": f"{rng.choice(SERVICES).capitalize()} in {rng.choice(PLACES)} {number}",
                    "slug": f"{model._meta.model_name}-{number}",
                    "summary": _sentence(rng),
                    "first_published_at": published,
                    "last_published_at": published,
                }
                if model is ConsultationPage:
                    opens = published + datetime.timedelta(days=7)
                    page = finder.add_child(
                        instance=ConsultationPage(
                            **common,
                            body=_body(rng),
                            opens_at=opens,
                            closes_at=opens + datetime.timedelta(days=rng.randint(28, 84)),
                            audience=f"Anyone who uses services in {rng.choice(PLACES)}",
                            topic=rng.choice(topics),
                            place=rng.choice(places),
                        )
                    )
                    consultations.append(page)
                elif model is ServiceChangePage:
                    changes.add_child(
                        instance=ServiceChangePage(
                            **common,
                            topic=rng.choice(topics),
                            place=rng.choice(places),
                            what_is_changing=_richtext(rng),
                            why=_richtext(rng),
                            who_is_affected=_richtext(rng),
                            what_it_means=_richtext(rng),
                        )
                    )
                elif model is EventPage:
                    starts = published + datetime.timedelta(days=14)
                    events.add_child(
                        instance=EventPage(
                            **common,
                            starts_at=starts,
                            ends_at=starts + datetime.timedelta(hours=2),
                            venue_name=f"{rng.choice(PLACES)} Library",
                        )
                    )
                elif model is OutcomePage:
                    outcome = outcomes.add_child(
                        instance=OutcomePage(
                            **common, consultation=rng.choice(consultations), introduction=_sentence(rng)
                        )
                    )
                    OutcomeTheme.objects.create(page=outcome, you_said=_sentence(rng), we_did=_sentence(rng))
                else:
                    home.add_child(instance=ContentPage(**common, body=_body(rng)))
    return time.perf_counter() - started


def time_searches(runs=RUNS):
    """Each query through the search page, `runs` times after a warm-up. Returns milliseconds
    per query."""
    client = Client(HTTP_HOST="localhost")
    timings = {}
    for query, extra in QUERIES:
        label = " ".join([query, *(f"{key}={value}" for key, value in extra.items())])
        samples = []
        for run in range(WARM_UP_RUNS + runs):
            started = time.perf_counter()
            response = client.get("/search/", {"q": query, **extra})
            elapsed = (time.perf_counter() - started) * 1000
            if response.status_code != 200:
                raise RuntimeError(f"/search/ answered {response.status_code} for {label!r}")
            if run >= WARM_UP_RUNS:
                samples.append(elapsed)
        timings[label] = samples
    return timings


def percentile(samples, percent):
    """The nearest-rank percentile: the smallest sample with `percent`% of samples at or below it."""
    ordered = sorted(samples)
    rank = max(1, round(percent / 100 * len(ordered)))
    return ordered[rank - 1]


def report(timings, seed_seconds, index_seconds):
    everything = [sample for samples in timings.values() for sample in samples]
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        server_version = cursor.fetchone()[0]
    return {
        "what": "Time for GET /search/ through Django, from request to rendered page, on the database backend.",
        "database": f"PostgreSQL {server_version}",
        "pages": sum(PAGES.values()),
        "replies": "not seeded yet: the forum does not exist",
        "seed_seconds": round(seed_seconds, 1),
        "update_index_seconds": round(index_seconds, 1),
        "runs_per_query": len(next(iter(timings.values()))),
        "p50_ms": round(statistics.median(everything), 1),
        "p95_ms": round(percentile(everything, 95), 1),
        "queries": {
            label: {"p50_ms": round(statistics.median(samples), 1), "p95_ms": round(percentile(samples, 95), 1)}
            for label, samples in timings.items()
        },
    }


def build_index():
    started = time.perf_counter()
    call_command("update_index", verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return time.perf_counter() - started
