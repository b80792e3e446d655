"""Engagement leads (Publishers) read, export and key in consultation responses; only they
may export respondents' contact details. Editors draft pages but do not read responses."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PUBLISHER_PERMISSIONS = ["view_consultationresponse", "add_consultationresponse", "view_contact_details"]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("consultations")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    publishers = Group.objects.get(name="Publishers")
    publishers.permissions.add(
        *Permission.objects.filter(content_type__app_label="consultations", codename__in=PUBLISHER_PERMISSIONS)
    )


class Migration(migrations.Migration):
    dependencies = [("people", "0002_roles"), ("consultations", "0001_initial")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
