"""Announce consultations whose opening date has passed (and anything else due). Run it from
cron every few minutes, like send_pending_notifications."""

from django.core.management.base import BaseCommand

from notifications.announcements import announce_due


class Command(BaseCommand):
    help = (
        "Tell people about every consultation that has opened and every event published since the last run: "
        "People Bank invitations and 'tell me when it opens' e-mails, once each."
    )

    def handle(self, *args, **options):
        announced = announce_due()
        self.stdout.write(f"Announced {len(announced)} pages.")
        for page in announced:
            self.stdout.write(f"  {page.title}")
