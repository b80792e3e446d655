"""The events' tables take this app's name, and their content types move with them, so that
event pages, their revisions and permissions stay what they were."""

from django.db import migrations

from core.moving_models import move_content_types


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_initial"),
        ("consultations", "0007_models_moved_to_their_rooms"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AlterModelTable(name="eventindexpage", table=None),
        migrations.AlterModelTable(name="eventpage", table=None),
        move_content_types("consultations", "events", ["eventindexpage", "eventpage"]),
    ]
