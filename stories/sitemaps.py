"""Published stories in /sitemap.xml, beside Wagtail's pages: stories are not pages, so
Wagtail's own sitemap does not know them."""

from django.db.models.functions import Coalesce, Greatest

from core.sitemaps import RowSitemap

from .models import Story


class StorySitemap(RowSitemap):
    def items(self):
        # A story changes when it is published and when the service answers it.
        changed = Coalesce(Greatest("moderated_at", "response__published_at"), "moderated_at", "told_at")
        return Story.objects.published().annotate(changed_at=changed).order_by("pk")

    def lastmod(self, story):
        return story.changed_at
