"""Feedback's and the insight dashboard's public pages in /sitemap.xml, beside Wagtail's pages.
They are routes, not pages, so they go through a Wagtail sitemap, which gives them full
addresses on the request's own site as it does the pages."""

from django.urls import reverse
from wagtail.contrib.sitemaps import Sitemap

from taxonomy.models import Service


class FeedbackSitemap(Sitemap):
    def items(self):
        paths = [reverse("feedback:index"), reverse("feedback:suggest"), reverse("insight:dashboard")]
        return paths + [
            reverse("feedback:service", args=[slug]) for slug in Service.objects.values_list("slug", flat=True)
        ]

    def _urls(self, page, protocol, domain):
        # Wagtail's own asks each item (a page) for its addresses; ours are addresses already.
        return [
            {"location": self.request.build_absolute_uri(path), "lastmod": None}
            for path in self.paginator.page(page).object_list
        ]
