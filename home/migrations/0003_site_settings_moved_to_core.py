"""The organisation's settings now belong to the `core` app, which took over their tables."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_home_page"),
        ("core", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[migrations.DeleteModel("FooterLink"), migrations.DeleteModel("SiteSettings")],
        ),
    ]
