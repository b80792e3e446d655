"""Start the safeguarding word list, so a fresh site can be moderated safely from its first
post. Moderators edit the list later. (This once gave the staff roles their forum permissions
too; people/roles.py does that now, after each migrate.)"""

from django.db import migrations

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
    SafeguardingTerm = apps.get_model("forum", "SafeguardingTerm")
    for phrase in SAFEGUARDING_PHRASES:
        SafeguardingTerm.objects.get_or_create(phrase=phrase)


class Migration(migrations.Migration):
    dependencies = [("forum", "0001_initial"), ("people", "0004_display_name_is_not_an_email")]

    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
