"""The engagement report's table takes this app's name, and its content type moves with it, so
that report pages, their revisions and permissions stay what they were."""

from django.db import migrations

from core.moving_models import move_content_types


class Migration(migrations.Migration):
    dependencies = [
        ("engagement_report", "0001_initial"),
        ("consultations", "0007_models_moved_to_their_rooms"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AlterModelTable(name="engagementreportpage", table=None),
        move_content_types("consultations", "engagement_report", ["engagementreportpage"]),
    ]
