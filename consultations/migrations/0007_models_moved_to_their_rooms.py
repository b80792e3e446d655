"""Service changes, events, "you said, we did" pages, the engagement report, topics and places,
and the jargon list now belong to apps of their own, which took over their tables (each app's
0001 migration). Consultations point at topics and places in the `taxonomy` app."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0006_subscriptions_for_opening_and_outcome"),
        ("engagement_report", "0001_initial"),
        ("events", "0001_initial"),
        ("outcomes", "0001_initial"),
        ("plain_language", "0001_initial"),
        ("service_changes", "0001_initial"),
        ("taxonomy", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.AlterField(
                    model_name="consultationpage",
                    name="topic",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT, related_name="consultations", to="taxonomy.topic"
                    ),
                ),
                migrations.AlterField(
                    model_name="consultationpage",
                    name="place",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT, related_name="consultations", to="taxonomy.place"
                    ),
                ),
                # Those that point at others go before what they point at.
                migrations.DeleteModel("OutcomeTheme"),
                migrations.DeleteModel("OutcomePage"),
                migrations.DeleteModel("OutcomeIndexPage"),
                migrations.DeleteModel("EventPage"),
                migrations.DeleteModel("EventIndexPage"),
                migrations.DeleteModel("ServiceChangeMilestone"),
                migrations.DeleteModel("ServiceChangePage"),
                migrations.DeleteModel("ServiceChangeIndexPage"),
                migrations.DeleteModel("EngagementReportPage"),
                migrations.DeleteModel("JargonTerm"),
                migrations.DeleteModel("Topic"),
                migrations.DeleteModel("Place"),
            ],
        ),
    ]
