"""The service changes' tables take this app's name (so does the table of the consultations each
change links to), and their content types move with them, so that service change pages, their
revisions and permissions stay what they were."""

from django.db import migrations

from core.moving_models import move_content_types


class Migration(migrations.Migration):
    dependencies = [
        ("service_changes", "0001_initial"),
        ("consultations", "0007_models_moved_to_their_rooms"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AlterModelTable(name="servicechangeindexpage", table=None),
        migrations.AlterModelTable(name="servicechangepage", table=None),
        migrations.AlterModelTable(name="servicechangemilestone", table=None),
        move_content_types(
            "consultations",
            "service_changes",
            ["servicechangeindexpage", "servicechangepage", "servicechangemilestone"],
        ),
    ]
