"""`make bench-search`: seed PostgreSQL with 5,000 pages and 100,000 forum replies, and time
the search pages."""

import json
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from demo import search_benchmark as benchmark


class Command(BaseCommand):
    help = (
        "Drop and re-create the PostgreSQL database in DATABASE_URL (its name must contain 'bench'), seed it "
        "with 5,000 pages and 100,000 forum replies, and write p50/p95 search latency for a fixed set of "
        "queries to a JSON file."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", default="bench/results/search.json", help="Where to write the figures.")
        parser.add_argument(
            "--time-only",
            action="store_true",
            help="Time the searches again on the database seeded by an earlier run, without seeding it again.",
        )

    def handle(self, *args, output, time_only, **options):
        if connection.vendor != "postgresql":
            raise CommandError("The benchmark runs on PostgreSQL: set DATABASE_URL (make bench-search does).")
        if time_only:
            seed_seconds = index_seconds = None
        else:
            seed_seconds, index_seconds = self.seed()
        self.stdout.write(f"Timing {len(benchmark.QUERIES)} queries...")
        result = benchmark.report(benchmark.time_searches(), seed_seconds, index_seconds)

        path = Path(output)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(result, indent=2) + "\n")
        for label, figures in result["queries"].items():
            self.stdout.write(f"  {label:<50} p50 {figures['p50_ms']:>7} ms   p95 {figures['p95_ms']:>7} ms")
        self.stdout.write(
            self.style.SUCCESS(f"All queries: p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms ({path})")
        )

    def seed(self):
        connection.close()
        try:
            benchmark.ensure_fresh_database(connection.settings_dict)
        except ValueError as error:
            raise CommandError(str(error)) from error
        self.stdout.write("Migrating a fresh database...")
        call_command("migrate", verbosity=0)
        self.stdout.write(f"Seeding {sum(benchmark.PAGES.values()):,} pages...")
        seed_seconds = benchmark.seed_pages()
        self.stdout.write(
            f"  {seed_seconds:.0f} s. Seeding {benchmark.CONVERSATIONS:,} conversations "
            f"with {benchmark.REPLIES:,} replies..."
        )
        forum_seconds = benchmark.seed_forum()
        seed_seconds += forum_seconds
        self.stdout.write(f"  {forum_seconds:.0f} s. Building the search index...")
        index_seconds = benchmark.build_index()
        self.stdout.write(f"  {index_seconds:.0f} s.")
        return seed_seconds, index_seconds
