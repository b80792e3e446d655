"""The search benchmark behind `make bench-search`: 5,000 made-up pages and a forum of 5,000
conversations with 100,000 replies in PostgreSQL, then a fixed set of searches through the
real search pages (the site's and the forum's), timed.

The seed builds pages with Wagtail's own `add_child`, so the page tree is exactly what editors
would make, without the indexing each save would queue. Posts are written in bulk: saving
100,000 comments one by one would take most of an hour. A post is three rows (django-contrib-
comments' Comment, django-comments-xtd's XtdComment and our Post), so each table is filled
with PostgreSQL's COPY, with the tree fields (thread, parent, level, order, nested count) set
as django-comments-xtd would set them. A few posts are held, removed or deleted, and a few
conversations are not public, as on a real forum. The search index is then built in one pass
by `update_index`, as after a deploy, and the database is vacuumed and its statistics brought
up to date (VACUUM ANALYZE), as autovacuum would soon after: otherwise the first searches pay
for marking a hundred thousand new rows as visible, and the timings depend on the order of
the queries.
"""

import datetime
import json
import random
import statistics
import time

from django.contrib.auth.hashers import make_password
from django.contrib.contenttypes.models import ContentType
from django.contrib.sites.models import Site as DjangoSite
from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client, override_settings
from django.utils import timezone
from django.utils.text import slugify
from django_comments.models import Comment
from django_comments_xtd.models import XtdComment
from wagtail.models import Site

from consultations.models import ConsultationIndexPage, ConsultationPage
from events.models import EventIndexPage, EventPage
from forum.models import Category, ForumPage, Post, Status, Thread
from home.models import ContentPage
from outcomes.models import OutcomeIndexPage, OutcomePage, OutcomeTheme
from people.models import User
from service_changes.models import ServiceChangeIndexPage, ServiceChangePage
from taxonomy.models import Place, Topic

PAGES = {ConsultationPage: 1500, ServiceChangePage: 1000, EventPage: 1000, OutcomePage: 1000, ContentPage: 500}
CONVERSATIONS = 5000
REPLIES = 100_000
MEMBERS = 2000
SEED = 2027
HELD_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
RUNS = 30
WARM_UP_RUNS = 2

# One page in a hundred mentions orthoptists: the rare word in the query set.
RARE_SENTENCE = "Orthoptists check the eyes of children who squint."
RARE_CHANCE = 0.01

# One reply in a thousand mentions a camper van: a rare phrase only the forum has.
RARE_REPLY = "My neighbour drives me there in her camper van."
RARE_REPLY_CHANCE = 0.001

SITE_SEARCH = "/search/"
FORUM_SEARCH = "/forum/search/"

# (address, query, extra parameters): common and rare words, a stemmed form, a question,
# nothing at all, newest first, one kind only, and a later page; then the forum's own words and
# the forum's search.
QUERIES = [
    (SITE_SEARCH, "hospital", {}),
    (SITE_SEARCH, "minor injuries", {}),
    (SITE_SEARCH, "mental health support", {}),
    (SITE_SEARCH, "orthoptists", {}),
    (SITE_SEARCH, "consulting", {}),
    (SITE_SEARCH, "how do I book a blood test", {}),
    (SITE_SEARCH, "xylophone", {}),
    (SITE_SEARCH, "parking", {"sort": "newest"}),
    (SITE_SEARCH, "clinic", {"kind": "consultation"}),
    (SITE_SEARCH, "hospital", {"page": "3"}),
    (SITE_SEARCH, "camper van", {}),
    (SITE_SEARCH, "waited hours", {"kind": "reply"}),
    (FORUM_SEARCH, "night bus", {}),
    (FORUM_SEARCH, "pharmacy", {"sort": "newest"}),
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


OPENINGS = [
    "Does anyone know if",
    "I heard that",
    "Is it true that",
    "My neighbour says",
    "Why is it that",
    "Can someone explain why",
]
EXPERIENCES = [
    "I waited four hours at the {service} last week.",
    "The staff at the {service} were kind to my dad.",
    "There was nowhere to park, so I took the night bus.",
    "The {service} in {place} is hard to reach without a car.",
    "I could not get through on the phone for two days.",
    "My daughter was seen quickly and the nurse explained everything.",
    "The pharmacy next door was closed by the time we left.",
    "Please keep the {service} open in the evenings.",
    "We need more staff, not another new building.",
    "Online booking would help people who work shifts.",
]


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


def _experience(rng):
    return rng.choice(EXPERIENCES).format(service=rng.choice(SERVICES), place=rng.choice(PLACES))


def _reply_text(rng):
    text = " ".join(_experience(rng) for _ in range(rng.randint(1, 4)))
    if rng.random() < RARE_REPLY_CHANCE:
        text += " " + RARE_REPLY
    return text


def _forum_status(rng):
    """Mostly published; a few held for a moderator, removed or deleted by their author."""
    roll = rng.random()
    if roll < 0.01:
        return Status.HELD, None
    if roll < 0.02:
        return Status.REMOVED, None
    if roll < 0.025:
        return Status.PUBLISHED, "deleted"
    return Status.PUBLISHED, None


def seed_forum():
    """A forum page with conversations and replies, written in bulk. Returns the seconds it
    took."""
    rng = random.Random(SEED + 1)  # noqa: S311 (made-up text, not secrets)
    now = timezone.now()
    started = time.perf_counter()
    home = Site.objects.get(is_default_site=True).root_page
    with override_settings(TASKS=HELD_TASKS), transaction.atomic():
        home.add_child(instance=ForumPage(title="Forum", slug="forum", intro="<p>Talk to us.</p>"))
        categories = Category.objects.bulk_create(
            Category(name=f"{service.capitalize()}", slug=f"category-{n}", description="About this service.")
            for n, service in enumerate(SERVICES)
        )
        members = User.objects.bulk_create(
            User(email=f"member{n}@example.org", display_name=f"Member {n}", password=make_password(None))
            for n in range(MEMBERS)
        )
        replies_per_thread = _split(REPLIES, CONVERSATIONS, rng)
        threads = []
        for number, replies in enumerate(replies_per_thread):
            started_at = now - datetime.timedelta(days=rng.randint(0, 1000), minutes=number)
            title = (
                f"{rng.choice(OPENINGS)} the {rng.choice(SERVICES)} in {rng.choice(PLACES)} will {rng.choice(CHANGES)}?"
            )
            threads.append(
                Thread(
                    title=title[:120],
                    slug=slugify(title)[:120],
                    category=rng.choice(categories),
                    author=rng.choice(members),
                    created_at=started_at,
                    last_activity_at=started_at + datetime.timedelta(hours=replies),
                    reply_count=replies,
                )
            )
        threads = Thread.objects.bulk_create(threads)
        posts = []
        for thread, replies in zip(threads, replies_per_thread, strict=True):
            posts += _thread_posts(thread, replies, members, rng)
        _copy_posts(posts)
        for thread, opening in zip(threads, (post for post in posts if post.level == 0), strict=True):
            thread.opening_post_id = opening.pk
            thread.is_public = opening.status == Status.PUBLISHED
        Thread.objects.bulk_update(threads, ["opening_post", "is_public"], batch_size=1000)
    return time.perf_counter() - started


def _split(total, parts, rng):
    """`total` replies over `parts` conversations: most get a few, some many."""
    weights = [rng.expovariate(1) for _ in range(parts)]
    scale = total / sum(weights)
    counts = [int(weight * scale) for weight in weights]
    for index in rng.sample(range(parts), total - sum(counts)):
        counts[index] += 1
    return counts


def _thread_posts(thread, replies, members, rng):
    """The opening post and `replies` replies, in the order django-comments-xtd shows them:
    each reply answers the opening post (level 1) or the reply before it (level 2 or 3)."""
    content_type = ContentType.objects.get_for_model(Thread)
    site_id = DjangoSite.objects.get_current().pk
    posted = thread.created_at

    def post(level, text):
        status, deleted = _forum_status(rng) if level else (Status.PUBLISHED, None)
        if level == 0 and rng.random() < 0.01:
            status = Status.HELD
        return Post(
            content_type=content_type,
            object_pk=str(thread.pk),
            site_id=site_id,
            user=rng.choice(members),
            comment="" if deleted else text,
            submit_date=posted,
            is_public=True,
            is_removed=False,
            level=level,
            followup=False,
            nested_count=0,
            forum_thread=thread,
            status=status,
            hold_reasons=["new_member"] if status == Status.HELD else [],
            held_at=posted if status == Status.HELD else None,
            deleted_at=posted if deleted else None,
            removal_reason="Be kind" if status == Status.REMOVED else "",
        )

    opening = post(0, " ".join(_experience(rng) for _ in range(rng.randint(2, 4))))
    posts = [opening]
    for _ in range(replies):
        posted += datetime.timedelta(minutes=rng.randint(1, 600))
        previous = posts[-1]
        level = rng.choice([1, 1, 1, min(previous.level + 1, 3)]) if previous.level else 1
        posts.append(post(level, _reply_text(rng)))
    return posts


def _copy_posts(posts):
    """Give the posts ids, fill in django-comments-xtd's tree fields, and COPY the rows into
    the three tables a post lives in."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
            [Comment._meta.db_table, len(posts)],
        )
        ids = [row[0] for row in cursor.fetchall()]
    parents = []  # the latest post at each level of the current thread
    order = 0
    for pk, post in zip(ids, posts, strict=True):
        post.id = post.comment_ptr_id = post.xtdcomment_ptr_id = pk
        if post.level == 0:
            post.thread_id = post.parent_id = pk
            parents, order = [post], 0
        else:
            parents = parents[: post.level]
            post.thread_id = parents[0].pk
            post.parent_id = parents[-1].pk
            for ancestor in parents:
                ancestor.nested_count += 1
            parents.append(post)
        order += 1
        post.order = order
    for model in (Comment, XtdComment, Post):
        _copy(model, posts)


def _copy(model, objects):
    fields = model._meta.local_concrete_fields
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    with (
        connection.cursor() as cursor,
        cursor.cursor.copy(f"COPY {model._meta.db_table} ({columns}) FROM STDIN") as copy,
    ):
        for obj in objects:
            copy.write_row([field.get_db_prep_save(getattr(obj, field.attname), connection) for field in fields])


def time_searches(runs=RUNS):
    """Each query through the search page, `runs` times after a warm-up. Returns milliseconds
    per query."""
    client = Client(HTTP_HOST="localhost")
    timings = {}
    for address, query, extra in QUERIES:
        label = " ".join([address, query, *(f"{key}={value}" for key, value in extra.items())])
        samples = []
        for run in range(WARM_UP_RUNS + runs):
            started = time.perf_counter()
            response = client.get(address, {"q": query, **extra})
            elapsed = (time.perf_counter() - started) * 1000
            if response.status_code != 200:
                raise RuntimeError(f"{address} answered {response.status_code} for {label!r}")
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
        "what": "Time for GET /search/ and /forum/search/ through Django, from request to rendered page, "
        "on the database backend.",
        "database": f"PostgreSQL {server_version}",
        "pages": sum(PAGES.values()),
        "conversations": CONVERSATIONS,
        "replies": REPLIES,
        "seed_seconds": round(seed_seconds, 1) if seed_seconds is not None else "not measured (--time-only)",
        "update_index_seconds": round(index_seconds, 1) if index_seconds is not None else "not measured (--time-only)",
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
        cursor.execute("VACUUM ANALYZE")
    return time.perf_counter() - started
