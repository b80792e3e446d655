"""Public forum conversations in /sitemap.xml, beside Wagtail's pages: a conversation is a
route below the forum page, not a page, so Wagtail's own sitemap does not know it. Only
conversations anyone may read are listed (`Thread.is_public`: the opening post is published,
not held or removed), and only while the forum itself is public (`ForumPage.current()`)."""

from core.sitemaps import RowSitemap

from .models import ForumPage, Thread


class ThreadSitemap(RowSitemap):
    def items(self):
        if ForumPage.current() is None:
            return Thread.objects.none()
        return Thread.objects.public().select_related("category").order_by("pk")

    def lastmod(self, thread):
        return thread.last_activity_at
