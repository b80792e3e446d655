"""Consultations that opened before announcements existed count as announced, so upgrading a
site does not invite its whole People Bank to every consultation open or closed already."""

from django.db import migrations
from django.utils import timezone


def mark_announced(apps, schema_editor):
    ConsultationPage = apps.get_model("consultations", "ConsultationPage")
    Announcement = apps.get_model("notifications", "Announcement")
    now = timezone.now()
    opened = ConsultationPage.objects.filter(live=True, opens_at__lte=now).values_list("pk", flat=True)
    announced = set(Announcement.objects.values_list("page_id", flat=True))
    Announcement.objects.bulk_create(
        Announcement(page_id=pk, delivered_at=now) for pk in opened if pk not in announced
    )


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0007_models_moved_to_their_rooms"),
        ("notifications", "0004_announcement"),
    ]

    operations = [migrations.RunPython(mark_announced, migrations.RunPython.noop)]
