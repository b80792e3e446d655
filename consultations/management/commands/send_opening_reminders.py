"""E-mail people who asked to hear when a consultation opens. Run it from cron every few minutes."""

from django.core.management.base import BaseCommand

from consultations.reminders import send_opening_reminders


class Command(BaseCommand):
    help = "E-mail everyone who asked to be told when a consultation opens, for consultations open now."

    def handle(self, *args, **options):
        self.stdout.write(f"Told {send_opening_reminders()} people that a consultation has opened.")
