"""Published stories in /sitemap.xml, beside Wagtail's pages (config/urls.py): stories are
not pages, so Wagtail's own sitemap does not know them. Their addresses start from the same
Wagtail site's root address as the pages' do."""

from urllib.parse import urlsplit

from django.db.models.functions import Coalesce, Greatest
from wagtail.contrib.sitemaps import Sitemap

from .models import Story


class StorySitemap(Sitemap):
    def items(self):
        # A story changes when it is published and when the service answers it.
        changed = Coalesce(Greatest("moderated_at", "response__published_at"), "moderated_at", "told_at")
        return Story.objects.published().annotate(changed_at=changed).order_by("pk")

    def location(self, story):
        return story.get_absolute_url()

    def lastmod(self, story):
        return story.changed_at

    def get_domain(self, site=None):
        return urlsplit(self.get_wagtail_site().root_url).netloc

    def get_protocol(self, protocol=None):
        return urlsplit(self.get_wagtail_site().root_url).scheme

    def _urls(self, page, protocol, domain):
        # Wagtail's Sitemap asks each item for its page's addresses; a story is not a page.
        return super(Sitemap, self)._urls(page, protocol, domain)
