"""Give the staff roles their forum permissions and start the safeguarding word list, so a
fresh site can be moderated safely from its first post. Moderators edit the list later."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ROLE_PERMISSIONS = {
    "Editors": ["add_category", "change_category", "delete_category", "view_category"],
    "Publishers": ["add_category", "change_category", "delete_category", "view_category"],
    "Moderators": [
        "moderate_post",
        "add_safeguardingterm",
        "change_safeguardingterm",
        "delete_safeguardingterm",
        "view_safeguardingterm",
    ],
}

SAFEGUARDING_PHRASES = [
    "kill myself",
    "killing myself",
    "end my life",
    "ending my life",
    "take my own life",
    "want to die",
    "suicide",
    "suicidal",
    "self harm",
    "self-harm",
    "hurt myself",
    "overdose",
    "no reason to live",
    "being abused",
    "he hits me",
    "she hits me",
    "not safe at home",
]


def forward(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*Permission.objects.filter(content_type__app_label="forum", codename__in=codenames))
    SafeguardingTerm = apps.get_model("forum", "SafeguardingTerm")
    for phrase in SAFEGUARDING_PHRASES:
        SafeguardingTerm.objects.get_or_create(phrase=phrase)


class Migration(migrations.Migration):
    dependencies = [("forum", "0001_initial"), ("people", "0004_display_name_is_not_an_email")]

    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
