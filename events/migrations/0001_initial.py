"""Events moved here from the `consultations` app. Their tables already exist (made by
the consultations app's migrations), so this only tells Django the models are now ours; the next
migration gives the tables their new names."""

import django.db.models.deletion
import search.kinds
import wagtail.contrib.routable_page.models
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
                    name="EventIndexPage",
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
                        "verbose_name": "events index",
                        "db_table": "consultations_eventindexpage",
                    },
                    bases=("wagtailcore.page",),
                ),
                migrations.CreateModel(
                    name="EventPage",
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
                            "kind",
                            models.CharField(
                                choices=[
                                    ("public_meeting", "Public meeting"),
                                    ("drop_in", "Drop-in"),
                                    ("online", "Online session"),
                                ],
                                default="drop_in",
                                max_length=16,
                            ),
                        ),
                        ("summary", models.TextField(help_text="What happens at this event, in one or two sentences.")),
                        ("starts_at", models.DateTimeField(help_text="UK time.")),
                        ("ends_at", models.DateTimeField(help_text="UK time.")),
                        ("venue_name", models.CharField(blank=True, max_length=120)),
                        ("venue_address", models.TextField(blank=True)),
                        ("step_free", models.BooleanField(default=False, verbose_name="step-free access")),
                        ("hearing_loop", models.BooleanField(default=False, verbose_name="hearing loop")),
                        (
                            "bsl_interpreter",
                            models.BooleanField(default=False, verbose_name="British Sign Language interpreter"),
                        ),
                        (
                            "interpreters",
                            models.CharField(
                                blank=True,
                                help_text="For example: 'Polish and Urdu'.",
                                max_length=200,
                                verbose_name="other interpreters",
                            ),
                        ),
                        ("parking", models.CharField(blank=True, max_length=255)),
                        (
                            "nearest_transport",
                            models.CharField(blank=True, max_length=255, verbose_name="nearest bus or train"),
                        ),
                        (
                            "online_joining",
                            models.TextField(
                                blank=True,
                                help_text="The link and any code. Leave blank for in-person events.",
                                verbose_name="how to join online",
                            ),
                        ),
                        (
                            "how_to_book",
                            models.TextField(blank=True, help_text="Leave blank if people can just turn up."),
                        ),
                        (
                            "booking_url",
                            models.URLField(
                                blank=True,
                                help_text="Your booking form, if you have one. Leave blank and people can book by e-mail or phone, with the contact details in Settings, Site settings.",
                            ),
                        ),
                        (
                            "consultation",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="events",
                                to="consultations.consultationpage",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "event",
                        "db_table": "consultations_eventpage",
                    },
                    bases=(
                        search.kinds.KindNamedInIndex,
                        wagtail.contrib.routable_page.models.RoutablePageMixin,
                        "wagtailcore.page",
                    ),
                ),
            ],
        ),
    ]
