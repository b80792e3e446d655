"""The organisation's settings moved here from the `home` app. Their tables already exist
(created by home's first migration), so this only tells Django the models are now ours; the
next migration gives the tables their new names."""

import django.db.models.deletion
import modelcluster.fields
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("home", "0002_home_page"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name="SiteSettings",
                    fields=[
                        ("id", models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("organisation_name", models.CharField(default="Participation Space", max_length=120)),
                        ("contact_phone", models.CharField(blank=True, max_length=40)),
                        ("contact_email", models.EmailField(blank=True, max_length=254)),
                        ("contact_address", models.TextField(blank=True)),
                        (
                            "accessibility_statement",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.WAGTAIL_PAGE_MODEL,
                            ),
                        ),
                        (
                            "logo",
                            models.ForeignKey(
                                blank=True,
                                help_text="Your organisation's logo. Leave blank to show the organisation's name as text.",
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to="wagtailimages.image",
                            ),
                        ),
                        (
                            "privacy_notice",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.WAGTAIL_PAGE_MODEL,
                            ),
                        ),
                        (
                            "site",
                            models.OneToOneField(
                                editable=False, on_delete=django.db.models.deletion.CASCADE, to="wagtailcore.site"
                            ),
                        ),
                    ],
                    options={"verbose_name": "site settings", "db_table": "home_sitesettings"},
                ),
                migrations.CreateModel(
                    name="FooterLink",
                    fields=[
                        ("id", models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                        ("label", models.CharField(max_length=80)),
                        ("url", models.URLField(blank=True, help_text="Only if the link goes to another website.")),
                        (
                            "page",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="+",
                                to=settings.WAGTAIL_PAGE_MODEL,
                            ),
                        ),
                        (
                            "settings",
                            modelcluster.fields.ParentalKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="footer_links",
                                to="core.sitesettings",
                            ),
                        ),
                    ],
                    options={"ordering": ["sort_order"], "abstract": False, "db_table": "home_footerlink"},
                ),
            ],
        ),
    ]
