"""Service changes moved here from the `consultations` app. Their tables already exist (made by
the consultations app's migrations), so this only tells Django the models are now ours; the next
migration gives the tables their new names."""

import django.db.models.deletion
import modelcluster.fields
import search.kinds
import wagtail.fields
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("consultations", "0006_subscriptions_for_opening_and_outcome"),
        ("taxonomy", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name="ServiceChangeIndexPage",
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
                        "verbose_name": "service changes index",
                        "db_table": "consultations_servicechangeindexpage",
                    },
                    bases=("wagtailcore.page",),
                ),
                migrations.CreateModel(
                    name="ServiceChangePage",
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
                        ("summary", models.TextField(help_text="The change in one or two plain sentences.")),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("proposed", "Proposed"),
                                    ("consulting", "Asking for views"),
                                    ("decided", "Decided"),
                                    ("in_place", "In place"),
                                ],
                                default="proposed",
                                max_length=16,
                            ),
                        ),
                        ("what_is_changing", wagtail.fields.RichTextField()),
                        ("why", wagtail.fields.RichTextField(verbose_name="why it is changing")),
                        ("who_is_affected", wagtail.fields.RichTextField()),
                        ("what_it_means", wagtail.fields.RichTextField(verbose_name="what it means for you")),
                        (
                            "what_has_been_decided",
                            wagtail.fields.RichTextField(blank=True, help_text="Leave blank until a decision is made."),
                        ),
                        (
                            "consultations",
                            modelcluster.fields.ParentalManyToManyField(
                                blank=True,
                                help_text="Consultations where people can have their say about this change.",
                                related_name="service_changes",
                                to="consultations.consultationpage",
                            ),
                        ),
                        (
                            "place",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="service_changes",
                                to="taxonomy.place",
                            ),
                        ),
                        (
                            "topic",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="service_changes",
                                to="taxonomy.topic",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "service change",
                        "db_table": "consultations_servicechangepage",
                    },
                    bases=(search.kinds.KindNamedInIndex, "wagtailcore.page"),
                ),
                migrations.CreateModel(
                    name="ServiceChangeMilestone",
                    fields=[
                        (
                            "id",
                            models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID"),
                        ),
                        ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                        ("date", models.DateField()),
                        ("label", models.CharField(max_length=200)),
                        (
                            "page",
                            modelcluster.fields.ParentalKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="milestones",
                                to="service_changes.servicechangepage",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "consultations_servicechangemilestone",
                        "ordering": ["date"],
                        "abstract": False,
                    },
                ),
            ],
        ),
    ]
