"""Topics and places moved here from the `consultations` app. Their tables already exist (made by
the consultations app's migrations), so this only tells Django the models are now ours; the next
migration gives the tables their new names."""

import modelsearch.index
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
                    name="Place",
                    fields=[
                        (
                            "id",
                            models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID"),
                        ),
                        ("name", models.CharField(max_length=80, unique=True)),
                        ("slug", models.SlugField(max_length=80, unique=True)),
                        (
                            "covers_whole_area",
                            models.BooleanField(
                                default=False,
                                help_text="Tick for the place that means everywhere we serve. Its consultations show up for every place.",
                                verbose_name="the whole area",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "place",
                        "db_table": "consultations_place",
                        "ordering": ["name"],
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
                migrations.CreateModel(
                    name="Topic",
                    fields=[
                        (
                            "id",
                            models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID"),
                        ),
                        ("name", models.CharField(max_length=80, unique=True)),
                        ("slug", models.SlugField(max_length=80, unique=True)),
                        ("description", models.TextField(blank=True)),
                    ],
                    options={
                        "verbose_name": "topic",
                        "db_table": "consultations_topic",
                        "ordering": ["name"],
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
            ],
        ),
    ]
