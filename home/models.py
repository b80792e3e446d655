"""The home page and general content pages.

See https://docs.wagtail.org/en/stable/topics/pages.html.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BaseStreamBlock
from core.models import SitePage
from search.kinds import KindNamedInIndex


class HomePage(KindNamedInIndex, SitePage):
    """The front door: what this site is for and what people can take part in now."""

    introduction = models.TextField(
        help_text=_("One or two sentences under the main heading: what people can do here."),
    )
    body = StreamField(BaseStreamBlock(), blank=True, use_json_field=True)

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")


class ContentPage(KindNamedInIndex, SitePage):
    """A general page: about us, how we involve people, the accessibility statement, the
    privacy notice, contact details."""

    summary = models.TextField(
        help_text=_("A short plain-English summary shown at the top of the page and in search results."),
    )
    body = StreamField(BaseStreamBlock(), use_json_field=True)

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]

    class Meta:
        verbose_name = _("content page")
