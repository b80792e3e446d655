"""Retry e-mails that failed. Run it every few minutes from cron or a scheduler."""

from django.core.management.base import BaseCommand

from notifications.sending import retry_unsent


class Command(BaseCommand):
    help = "Queue every notification that has not been sent yet (for example after a mail server failure)."

    def handle(self, *args, **options):
        self.stdout.write(f"Queued {retry_unsent()} unsent notifications.")
