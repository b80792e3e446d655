"""Announce consultations whose opening date has passed (and anything else due). Run it from
cron every few minutes, like send_pending_notifications."""

from django.core.management.base import BaseCommand

from notifications.announcements import announce_due
from notifications.tasks import announce_due_task


class Command(BaseCommand):
    help = (
        "Tell people about every consultation that has opened and every event published since the last run: "
        "People Bank invitations and 'tell me when it opens' e-mails, once each."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--in-background", action="store_true", help="Hand the work to the task worker instead of doing it now."
        )

    def handle(self, *args, **options):
        if options["in_background"]:
            result = announce_due_task.enqueue()
            self.stdout.write(f"Queued for the task worker: {result.id}")
            return
        announced = announce_due()
        self.stdout.write(f"Announced {len(announced)} pages.")
        for page in announced:
            self.stdout.write(f"  {page.title}")
