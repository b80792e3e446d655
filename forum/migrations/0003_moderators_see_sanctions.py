"""Moderators see suspensions and bans in the audit log (Reports > Site history), which
lists only the kinds of thing the viewer has a permission on. They get no permission on user
accounts, which hold e-mail addresses."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def forward(apps, schema_editor):
    app_config = apps.get_app_config("forum")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    moderators, _ = Group.objects.get_or_create(name="Moderators")
    moderators.permissions.add(Permission.objects.get(content_type__app_label="forum", codename="view_sanction"))


class Migration(migrations.Migration):
    dependencies = [("forum", "0002_roles_and_safeguarding_words")]

    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
