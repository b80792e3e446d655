"""The jargon list's table takes this app's name, and its content type moves with it, so that
the permissions to edit the list stay what they were."""

from django.db import migrations

from core.moving_models import move_content_types


class Migration(migrations.Migration):
    dependencies = [
        ("plain_language", "0001_initial"),
        ("consultations", "0007_models_moved_to_their_rooms"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AlterModelTable(name="jargonterm", table=None),
        move_content_types("consultations", "plain_language", ["jargonterm"]),
    ]
