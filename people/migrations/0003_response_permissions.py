"""Once gave Publishers the consultation response permissions; people/roles.py gives every
role its permissions now, after each migrate. Kept so the migration history stays whole."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("people", "0002_roles"), ("consultations", "0001_initial")]

    operations = []
