"""Editors can use the admin screens for the home room's pages and settings."""

import pytest
from django.urls import reverse
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.models import Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_factories import ImageFactory

from core.blocks import ImageBlock
from core.models import SiteSettings
from demo.factories.people import UserFactory
from home.models import ContentPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def test_publisher_creates_a_content_page_with_nhsuk_blocks(admin_client, home_page):
    add_url = reverse("wagtailadmin_pages:add", args=["home", "contentpage", home_page.pk])
    assert admin_client.get(add_url).status_code == 200

    response = admin_client.post(
        add_url,
        nested_form_data(
            {
                "title": "Getting to hospital",
                "slug": "getting-to-hospital",
                "summary": "Free transport for people who need it.",
                "body": streamfield(
                    [
                        ("heading", "Who can get free transport"),
                        ("text", rich_text("<p>You may be able to get a free ride.</p>")),
                        (
                            "warning_callout",
                            {"title": "Important", "heading_level": 3, "body": rich_text("<p>Book early.</p>")},
                        ),
                    ]
                ),
                "comments": inline_formset([]),
                "action-publish": "publish",
            }
        ),
    )
    assert response.status_code == 302
    page = ContentPage.objects.get(slug="getting-to-hospital")
    assert page.live

    html = admin_client.get("/getting-to-hospital/").content.decode()
    assert '<div class="nhsuk-card nhsuk-card--warning">' in html
    assert "Book early." in html


def test_an_image_without_alt_text_is_refused():
    block = ImageBlock()
    image = ImageFactory()
    with pytest.raises(StructBlockValidationError) as refused:
        block.clean(block.to_python({"content_image": image.pk, "alt_text": "", "caption": ""}))
    assert "alt_text" in refused.value.block_errors
    assert block.clean(block.to_python({"content_image": image.pk, "alt_text": "A drop-in", "caption": ""}))


def test_site_settings_screen_opens(admin_client, home_page):
    site = Site.objects.get(is_default_site=True)
    url = reverse("wagtailsettings:edit", args=["core", "sitesettings", site.pk])
    response = admin_client.get(url)
    assert response.status_code == 200
    assert b"Contact details" in response.content
    assert SiteSettings.for_site(site).organisation_name
