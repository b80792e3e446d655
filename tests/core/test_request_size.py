"""A public form far bigger than any person fills in is refused before anything reads it, so a
flood of megabyte posts cannot keep the site's workers busy. The admin keeps Django's limit."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from core.models import SiteSettings
from demo.factories.people import UserFactory

pytestmark = pytest.mark.django_db

MEGABYTE_NAME = "a" * 1_000_000


def test_a_megabyte_sign_up_is_refused_unread_with_a_plain_message(client, home_page):
    response = client.post(
        reverse("account_signup"),
        {"email": "sam@example.org", "display_name": MEGABYTE_NAME, "password1": "x" * 12, "password2": "x" * 12},
    )

    assert response.status_code == 413
    assert "Sorry, what you sent is too long" in response.content.decode()
    assert not get_user_model().objects.filter(email="sam@example.org").exists()


def test_a_long_form_within_the_limit_is_read_as_usual(client, home_page, settings):
    settings.PUBLIC_MAX_REQUEST_BYTES = 2_000_000

    response = client.post(reverse("account_signup"), {"email": "sam@example.org", "display_name": MEGABYTE_NAME})

    assert response.status_code == 200
    assert "Your display name must be" in response.content.decode()


def test_the_admin_keeps_django_own_limit_for_long_texts(client, home_page):
    site = home_page.get_site()
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    long_address = "1 Long Road\n" * 50_000  # 600 KB, over the public limit

    response = client.post(
        reverse("wagtailsettings:edit", args=["core", "sitesettings", site.pk]),
        {
            "organisation_name": "Kellsmoor and Wendlebridge ICB",
            "contact_address": long_address,
            **{f"footer_links-{field}": 0 for field in ("TOTAL_FORMS", "INITIAL_FORMS", "MIN_NUM_FORMS")},
            "footer_links-MAX_NUM_FORMS": 1000,
        },
    )

    assert response.status_code == 302
    assert SiteSettings.for_site(site).contact_address == long_address.strip()
