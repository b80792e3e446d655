"""The forum in the site search: conversations (a thread, found by its title and opening post)
and replies (found by their words, linking to their place in the thread).

Both are `forum.Post` rows, searched in one query: the opening post is a conversation, any
other post a reply. Only what anyone may read is returned, checked when searching as well as
when indexing, so a post that is held, removed or deleted drops out of the results at once,
whatever the index still holds.
"""

from django.db.models import Q, prefetch_related_objects
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from home.dates import format_date

from .kinds import Kind, Source, register, registered_kinds

CONVERSATION = "conversation"
REPLY = "reply"
FORUM_KINDS = (CONVERSATION, REPLY)


def visible_forum():
    """The live, public forum page, or None: without it no post can be read or linked to."""
    from forum.models import ForumPage

    now = timezone.now()
    forums = ForumPage.objects.live().public().filter(Q(expire_at=None) | Q(expire_at__gt=now))
    return forums.order_by("path").first()


def visible_posts():
    """`Post.objects.visible()` in terms a search backend can filter on: the status and
    deletion of the post itself, and the ids of the few threads that are not public (a search
    backend cannot follow the post's relation to its thread)."""
    from forum.models import Post, Status, Thread

    hidden_threads = list(Thread.objects.filter(is_public=False).values_list("pk", flat=True))
    posts = Post.objects.filter(status=Status.PUBLISHED, deleted_at=None)
    if hidden_threads:
        posts = posts.exclude(forum_thread_id__in=hidden_threads)
    # No default ordering or joins from django-comments-xtd's manager: the search orders.
    return posts.select_related(None).order_by()


class PostSource(Source):
    """Conversations and replies, searched together."""

    date_field = "submit_date"
    # A page is what the organisation says; a post is what one person says. When a page
    # matches about as well as a post, the page comes first.
    relevance_weight = 0.5

    def queryset(self, kinds):
        from forum.models import Post

        if visible_forum() is None:
            return Post.objects.none()
        keys = {kind.key for kind in kinds}
        posts = visible_posts()
        if keys == {CONVERSATION}:
            posts = posts.filter(level=0)
        elif keys == {REPLY}:
            posts = posts.filter(level__gt=0)
        return posts

    def newest_first(self, queryset):
        # Post does not declare `id` as a filter field; posting times are to the microsecond.
        return queryset.order_by(f"-{self.date_field}")

    def title(self, item):
        if item.is_opening_post:
            return item.forum_thread.title
        return _("Reply in ‘%(title)s’") % {"title": item.forum_thread.title}

    def texts(self, item):
        return [item.comment]

    def prepare(self, items):
        """The threads (and their categories, for the address) of a page of results, and the
        forum they are in, in three queries however many posts there are."""
        prefetch_related_objects(items, "forum_thread__category")
        forum = visible_forum()
        for item in items:
            item.search_forum_page = forum

    def url(self, item, request):
        forum = item.search_forum_page
        if item.is_opening_post:
            return forum.thread_url(item.forum_thread)
        return forum.get_url(request) + forum.reverse_subpage("permalink", kwargs={"post_id": item.pk})


def posted_on(post):
    return _("Posted %(date)s") % {"date": format_date(post.submit_date)}


def register_forum_kinds():
    """Called when the app is ready, after the page kinds, so the forum comes last in the
    filter."""
    from forum.models import Post

    posts = PostSource()
    register(
        Kind(
            CONVERSATION,
            gettext_lazy("Conversation"),
            gettext_lazy("Conversations"),
            posts,
            posted_on,
            (Post,),
            condition=lambda post: post.is_opening_post,
        )
    )
    register(
        Kind(
            REPLY,
            gettext_lazy("Reply"),
            gettext_lazy("Replies"),
            posts,
            posted_on,
            (Post,),
            condition=lambda post: not post.is_opening_post,
        )
    )


def forum_kinds():
    return [kind for kind in registered_kinds() if kind.key in FORUM_KINDS]
