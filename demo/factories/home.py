"""Factories for home pages and content pages, used by tests and demo content alike."""

import wagtail_factories

from home.models import ContentPage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = "About us"
    summary = "Who we are and what we do."
    body = [("text", "<p>We plan and pay for health services in our area.</p>")]

    class Meta:
        model = ContentPage
