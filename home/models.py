"""The home page, general content pages and the settings that describe the organisation.

See https://docs.wagtail.org/en/stable/topics/pages.html and
https://docs.wagtail.org/en/stable/reference/contrib/settings.html.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from forum.models import ForumPage, Thread
from search.kinds import KindNamedInIndex

from .blocks import BaseStreamBlock


class HomePage(KindNamedInIndex, Page):
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

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["forum"], context["conversations"] = latest_conversations()
        return context


def latest_conversations(limit=3):
    """The forum and its most recently active public threads, each with its address, for the
    home page's "Latest conversations". No forum: (None, [])."""
    forum = ForumPage.objects.live().public().first()
    if forum is None:
        return None, []
    threads = Thread.objects.for_listing().order_by("-last_activity_at", "-pk")[:limit]
    return forum, [(thread, forum.thread_url(thread)) for thread in threads]


class ContentPage(KindNamedInIndex, Page):
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


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting, ClusterableModel):
    """Who runs this site and how to reach them. Shown in the header and footer of every page."""

    organisation_name = models.CharField(max_length=120, default="Participation Space")
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Your organisation's logo. Leave blank to show the organisation's name as text."),
    )
    contact_phone = models.CharField(max_length=40, blank=True)
    contact_email = models.EmailField(blank=True)
    contact_address = models.TextField(blank=True)
    accessibility_statement = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    privacy_notice = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    panels = [
        MultiFieldPanel([FieldPanel("organisation_name"), FieldPanel("logo")], heading=_("Organisation")),
        MultiFieldPanel(
            [FieldPanel("contact_phone"), FieldPanel("contact_email"), FieldPanel("contact_address")],
            heading=_("Contact details"),
        ),
        MultiFieldPanel(
            [FieldPanel("accessibility_statement"), FieldPanel("privacy_notice")],
            heading=_("Statements every public body must link to"),
        ),
        InlinePanel("footer_links", heading=_("Footer links")),
    ]

    class Meta:
        verbose_name = _("site settings")


class FooterLink(Orderable):
    """A link in the footer of every page, to one of our pages or to another site."""

    settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="footer_links")
    label = models.CharField(max_length=80)
    page = models.ForeignKey("wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    url = models.URLField(blank=True, help_text=_("Only if the link goes to another website."))

    panels = [FieldPanel("label"), FieldPanel("page"), FieldPanel("url")]

    def clean(self):
        if bool(self.page) == bool(self.url):
            raise ValidationError(_("Choose a page or enter a web address, but not both."))

    @property
    def href(self):
        return self.page.url if self.page else self.url
