from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from core import published
from core.converters import register_id_converter
from core.models import SitePage

register_id_converter()


class ForumPage(RoutablePageMixin, SitePage):
    """The forum's front door (`/forum/`): the intro and house rules editors write, and the
    categories, threads and posting pages below it. Those are routes, not child pages,
    because members create threads, not editors. The views live in `forum.views`."""

    intro = RichTextField(
        _("introduction"),
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("What the forum is for and who reads it, in two or three short sentences."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), InlinePanel("house_rules", label=_("House rules"))]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("forum")

    @classmethod
    def current(cls):
        """The site's forum (there is at most one) as the public may see it: live, public (no
        password, log-in or group restriction) and not past its expiry time; otherwise None.
        Every place that looks for "the forum" uses this, so the home page, consultation pages,
        search, e-mails and the moderators' admin never disagree about whether there is one.

        Public, because the forum is the public's conversation space: a restriction means
        editors are keeping it from the public for now (getting it ready, or closing it), so
        nothing should point people at it, list its posts or e-mail links into it. Not expired,
        because Wagtail unpublishes an expired page only when `publish_scheduled` next runs;
        the site search already treats such a page as gone.

        Remembered until the site changes (core.published); its expiry is checked each time."""
        forum = published.first("forum", lambda: published.public(cls.objects.live()))
        return forum if forum and (forum.expire_at is None or forum.expire_at > timezone.now()) else None

    # Fixed words come before the category pattern; Category.clean() refuses them as slugs.
    @path("")
    def index(self, request):
        from forum.views import browse

        return browse.forum_index(request, self)

    @path("new/")
    def start_thread(self, request):
        from forum.views import taking_part

        return taking_part.start_thread(request, self)

    @path("search/")
    def search(self, request):
        from forum.views import forum_search

        return forum_search.forum_search(request, self)

    @path("posts/<id:post_id>/")
    def permalink(self, request, post_id):
        from forum.views import browse

        return browse.permalink(request, self, post_id)

    @path("posts/<id:post_id>/<str:action>/")
    def post_action(self, request, post_id, action):
        from forum.views import taking_part

        return taking_part.post_action(request, self, post_id, action)

    @path("threads/<id:thread_id>/follow/")
    def follow(self, request, thread_id):
        from forum.views import following

        return following.follow(request, self, thread_id)

    @path("<slug:category_slug>/")
    def category(self, request, category_slug):
        from forum.views import browse

        return browse.category(request, self, category_slug)

    @path("<slug:category_slug>/<id:thread_id>-<slug:thread_slug>/")
    def thread(self, request, category_slug, thread_id, thread_slug):
        from forum.views import browse

        return browse.thread(request, self, thread_id, thread_slug)

    def thread_url(self, thread):
        return self.url + self.reverse_subpage(
            "thread", kwargs={"category_slug": thread.category.slug, "thread_id": thread.pk, "thread_slug": thread.slug}
        )


RESERVED_SLUGS = {"new", "posts", "search", "threads", "unsubscribe"}


class HouseRule(Orderable):
    """One rule members agree to. A moderator who removes a post names the rule it broke,
    and that name is shown where the post was."""

    page = ParentalKey(ForumPage, related_name="house_rules", on_delete=models.CASCADE)
    title = models.CharField(_("rule"), max_length=120, help_text=_("Short, e.g. 'Be kind'."))
    explanation = models.TextField(_("what it means"), max_length=600)

    panels = [FieldPanel("title"), FieldPanel("explanation")]

    def __str__(self):
        return self.title
