"""Once gave Moderators the permission to see suspensions and bans; people/roles.py gives
every role its permissions now, after each migrate. Kept so the migration history stays whole."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("forum", "0002_roles_and_safeguarding_words")]

    operations = []
