"""The engagement report moved here from the `consultations` app. Their tables already exist (made by
the consultations app's migrations), so this only tells Django the models are now ours; the next
migration gives the tables their new names."""

import django.db.models.deletion
import search.kinds
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("consultations", "0006_subscriptions_for_opening_and_outcome"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name="EngagementReportPage",
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
                            "year_starting",
                            models.PositiveIntegerField(
                                help_text="The year the report starts in. 2026 means 1 April 2026 to 31 March 2027."
                            ),
                        ),
                        ("introduction", models.TextField(blank=True)),
                    ],
                    options={
                        "verbose_name": "engagement report",
                        "db_table": "consultations_engagementreportpage",
                    },
                    bases=(search.kinds.KindNamedInIndex, "wagtailcore.page"),
                ),
            ],
        ),
    ]
