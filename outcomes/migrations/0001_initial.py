"""The "you said, we did" pages moved here from the `consultations` app. Their tables already
exist (made by the consultations app's migrations), so this only tells Django the models are now
ours; the next migration gives the tables their new names."""

import django.db.models.deletion
import modelcluster.fields
import search.kinds
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("consultations", "0006_subscriptions_for_opening_and_outcome"),
        ("service_changes", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name="OutcomeIndexPage",
                    fields=[
                        (
                            "page_ptr",
                            models.OneToOneField(
                                auto_created=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                parent_link=True,
                                primary_key=True,
                                serialize=False,
                                to=settings.WAGTAIL_PAGE_MODEL,
                            ),
                        ),
                        ("introduction", models.TextField(blank=True)),
                    ],
                    options={
                        "verbose_name": "outcomes index",
                        "db_table": "consultations_outcomeindexpage",
                    },
                    bases=("wagtailcore.page",),
                ),
                migrations.CreateModel(
                    name="OutcomeTheme",
                    fields=[
                        (
                            "id",
                            models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID"),
                        ),
                        ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                        ("you_said", models.TextField(verbose_name="you said")),
                        ("we_did", models.TextField(verbose_name="we did")),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("done", "Done"),
                                    ("in_progress", "In progress"),
                                    ("planned", "Planned"),
                                    ("not_possible", "Not possible"),
                                ],
                                default="planned",
                                max_length=16,
                            ),
                        ),
                        (
                            "reason",
                            models.TextField(
                                blank=True, help_text="Needed when an action is not possible: tell people honestly why."
                            ),
                        ),
                    ],
                    options={
                        "db_table": "consultations_outcometheme",
                        "ordering": ["sort_order"],
                        "abstract": False,
                    },
                ),
                migrations.CreateModel(
                    name="OutcomePage",
                    fields=[
                        (
                            "page_ptr",
                            models.OneToOneField(
                                auto_created=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                parent_link=True,
                                primary_key=True,
                                serialize=False,
                                to=settings.WAGTAIL_PAGE_MODEL,
                            ),
                        ),
                        (
                            "summary",
                            models.TextField(
                                help_text="The main changes in two or three sentences. Shown first on the consultation."
                            ),
                        ),
                        (
                            "introduction",
                            models.TextField(
                                blank=True, help_text="Who took part and how, and how we used what they said."
                            ),
                        ),
                        (
                            "consultation",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="outcomes",
                                to="consultations.consultationpage",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "'you said, we did' page",
                        "db_table": "consultations_outcomepage",
                    },
                    bases=(search.kinds.KindNamedInIndex, "wagtailcore.page"),
                ),
                migrations.AddField(
                    model_name="outcomepage",
                    name="service_change",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="outcomes",
                        to="service_changes.servicechangepage",
                    ),
                ),
                migrations.AddField(
                    model_name="outcometheme",
                    name="page",
                    field=modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="themes", to="outcomes.outcomepage"
                    ),
                ),
            ],
        ),
    ]
