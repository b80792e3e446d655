"""The settings' tables take the `core` app's names, and their content types (which the
editors' permissions hang on) move with them."""

from django.db import migrations


def move_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in ("sitesettings", "footerlink"):
        if not ContentType.objects.filter(app_label="core", model=model).exists():
            ContentType.objects.filter(app_label="home", model=model).update(app_label="core")


def move_content_types_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="core", model__in=["sitesettings", "footerlink"]).update(app_label="home")


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        ("home", "0003_site_settings_moved_to_core"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AlterModelTable(name="sitesettings", table=None),
        migrations.AlterModelTable(name="footerlink", table=None),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
