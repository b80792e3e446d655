"""The topics' and places' tables take this app's name, and their content types move with them,
so that the permissions to edit them stay what they were."""

from django.db import migrations

from core.moving_models import move_content_types


class Migration(migrations.Migration):
    dependencies = [
        ("taxonomy", "0001_initial"),
        ("consultations", "0007_models_moved_to_their_rooms"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AlterModelTable(name="topic", table=None),
        migrations.AlterModelTable(name="place", table=None),
        move_content_types("consultations", "taxonomy", ["topic", "place"]),
    ]
