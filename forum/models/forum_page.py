from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page


class ForumPage(RoutablePageMixin, Page):
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
        """The site's forum (there is at most one), or None while it is not published."""
        return cls.objects.live().first()

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

    @path("posts/<int:post_id>/")
    def permalink(self, request, post_id):
        from forum.views import browse

        return browse.permalink(request, self, post_id)

    @path("posts/<int:post_id>/<str:action>/")
    def post_action(self, request, post_id, action):
        from forum.views import taking_part

        return taking_part.post_action(request, self, post_id, action)

    @path("threads/<int:thread_id>/follow/")
    def follow(self, request, thread_id):
        from forum.views import following

        return following.follow(request, self, thread_id)

    @path("<slug:category_slug>/")
    def category(self, request, category_slug):
        from forum.views import browse

        return browse.category(request, self, category_slug)

    @path("<slug:category_slug>/<int:thread_id>-<slug:thread_slug>/")
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
