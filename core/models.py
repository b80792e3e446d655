"""The settings that describe the organisation, shown on every page.

See https://docs.wagtail.org/en/stable/reference/contrib/settings.html.
"""

import copy

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable, Page, PageViewRestriction, Site

from . import published


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

    select_related = ["logo", "accessibility_statement", "privacy_notice"]

    class Meta:
        verbose_name = _("site settings")

    @classmethod
    def for_request(cls, request):
        """Wagtail's `for_request`, from the settings this process remembers (core.published),
        with the footer's links and pages and the logo: the header and footer of every page,
        and the contact details some pages show, without a query. A copy per request, as
        Wagtail's keeps the request on it."""
        attribute = cls.get_cache_attr_name()
        if not hasattr(request, attribute):
            site = Site.find_for_request(request)
            if site is None:
                raise cls.DoesNotExist("There are no settings for a request that matches no site.")
            remembered = published.remember(("site-settings", site.pk), lambda: cls.for_site_whole(site))
            site_settings = copy.copy(remembered)
            site_settings._request = request
            site_settings._page_url_cache = {}
            setattr(request, attribute, site_settings)
        return getattr(request, attribute)

    @classmethod
    def for_site_whole(cls, site):
        """The site's settings with their footer links and pages; the defaults while editors
        have saved none, unsaved: showing a page writes nothing."""
        site_settings = cls.base_queryset().filter(site=site).first()
        if site_settings is None:
            return cls(site=site)
        prefetch_related_objects([site_settings], "footer_links__page")
        return site_settings


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


class SitePage(Page):
    """What every page of the site shares: Wagtail's page serving, with fewer queries.

    Wagtail finds the page for an address by walking down the tree, two queries a level;
    from a site's root, `route` goes straight to the deepest live page the address names
    (core.published remembers where they are), in one query, and Wagtail goes on from there
    as before. Wagtail checks a page's privacy restrictions (a password, a log-in, a group)
    before serving it, with two queries on every page view; while no page of the site has a
    restriction, which core.published also remembers, there is nothing to check."""

    class Meta:
        abstract = True

    def route(self, request, path_components):
        found = published.deepest_live_page(self, path_components) if path_components else None
        if found is None:
            return super().route(request, path_components)
        page, remaining = found
        return page.route(request, remaining)

    def get_view_restrictions(self):
        if not published.restricted_sections():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
