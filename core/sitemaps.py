"""A sitemap for public things that are not Wagtail pages (stories, forum conversations) but
live at addresses on the same Wagtail site, for /sitemap.xml beside Wagtail's own pages
(config/urls.py). Wagtail's sitemap does not know them: they are rows, or routes below a page."""

from urllib.parse import urlsplit

from wagtail.contrib.sitemaps import Sitemap


class RowSitemap(Sitemap):
    """Each item is a model instance with `get_absolute_url()`. Addresses start from the Wagtail
    site's root address, as the pages' do."""

    def location(self, item):
        return item.get_absolute_url()

    def get_domain(self, site=None):
        return urlsplit(self.get_wagtail_site().root_url).netloc

    def get_protocol(self, protocol=None):
        return urlsplit(self.get_wagtail_site().root_url).scheme

    def _urls(self, page, protocol, domain):
        # Wagtail's Sitemap asks each item for its page's addresses; these items are not pages.
        return super(Sitemap, self)._urls(page, protocol, domain)
