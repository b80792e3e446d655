"""The jargon list moved here from the `consultations` app. Their tables already exist (made by
the consultations app's migrations), so this only tells Django the models are now ours; the next
migration gives the tables their new names."""

from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("consultations", "0006_subscriptions_for_opening_and_outcome"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name="JargonTerm",
                    fields=[
                        (
                            "id",
                            models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID"),
                        ),
                        ("term", models.CharField(max_length=80, unique=True)),
                        ("plain_alternative", models.CharField(max_length=160)),
                    ],
                    options={
                        "verbose_name": "jargon term",
                        "db_table": "consultations_jargonterm",
                        "ordering": ["term"],
                    },
                ),
            ],
        ),
    ]
