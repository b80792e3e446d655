"""Delete what the privacy notice says we keep for a limited time. Run it once a day."""

from django.core.management.base import BaseCommand

from people.retention import apply_retention
from people.tasks import apply_retention_task


class Command(BaseCommand):
    help = (
        "Delete accounts nobody has used for the time the privacy notice gives (after an e-mail warning), "
        "and the other personal details we keep for a limited time. Says how many of each it removed."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--in-background", action="store_true", help="Hand the work to the task worker instead of doing it now."
        )

    def handle(self, *args, **options):
        if options["in_background"]:
            result = apply_retention_task.enqueue()
            self.stdout.write(f"Queued for the task worker: {result.id}")
            return
        for what, count in apply_retention():
            self.stdout.write(f"{what}: {count}")
