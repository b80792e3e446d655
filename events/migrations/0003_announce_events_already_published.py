"""Events published before announcements existed count as announced, so upgrading a site does
not invite its whole People Bank to every event already on it."""

from django.db import migrations
from django.utils import timezone


def mark_announced(apps, schema_editor):
    EventPage = apps.get_model("events", "EventPage")
    Announcement = apps.get_model("notifications", "Announcement")
    now = timezone.now()
    published = EventPage.objects.filter(live=True).values_list("pk", flat=True)
    announced = set(Announcement.objects.values_list("page_id", flat=True))
    Announcement.objects.bulk_create(
        Announcement(page_id=pk, delivered_at=now) for pk in published if pk not in announced
    )


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0002_tables_and_content_types"),
        ("notifications", "0004_announcement"),
    ]

    operations = [migrations.RunPython(mark_announced, migrations.RunPython.noop)]
