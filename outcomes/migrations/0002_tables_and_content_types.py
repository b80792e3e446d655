"""The "you said, we did" tables take this app's name, and their content types move with them,
so that outcome pages, their revisions and permissions stay what they were."""

from django.db import migrations

from core.moving_models import move_content_types


class Migration(migrations.Migration):
    dependencies = [
        ("outcomes", "0001_initial"),
        ("consultations", "0007_models_moved_to_their_rooms"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AlterModelTable(name="outcomeindexpage", table=None),
        migrations.AlterModelTable(name="outcomepage", table=None),
        migrations.AlterModelTable(name="outcometheme", table=None),
        move_content_types("consultations", "outcomes", ["outcomeindexpage", "outcomepage", "outcometheme"]),
    ]
