"""The forum in the site search: conversations (a thread, found by its title and opening post)
and replies (found by their words, linking to their place in the thread).

Both are `forum.Post` rows, searched in one query: the opening post is a conversation, any
other post a reply. Only what anyone may read is returned, checked when searching as well as
when indexing, so a post that is held, removed or deleted drops out of the results at once,
whatever the index still holds.
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.dates import format_date
from search.kinds import Kind, Source, register, registered_kinds
from search.text import query_terms

from . import search_ranking
from .models import ForumPage, Post

CONVERSATION = "conversation"
REPLY = "reply"
FORUM_KINDS = (CONVERSATION, REPLY)


def visible_forum():
    """The forum page the public may see, or None: without it no post can be read or linked to."""
    return ForumPage.current()


def visible_posts():
    """`Post.objects.visible()`, which a search backend can filter on, without the default
    ordering and joins of django-comments-xtd's manager: the search orders."""
    return Post.objects.visible().select_related(None).order_by()


# A post is three rows (Comment, XtdComment, Post). The search reads only the post's own row,
# which holds all it filters on; a page of results is then fetched whole (`prepare`). With
# every column, the database joined the three tables for every match before ranking them.
SEARCHED_FIELDS = ("forum_thread", "status", "deleted_at")


class PostSource(Source):
    """Conversations and replies, searched together."""

    date_field = "submit_date"
    # A page is what the organisation says; a post is what one person says. When a page
    # matches about as well as a post, the page comes first: a page named by the query (its
    # title or its kind, "consultation") before a short reply that uses the word twice.
    relevance_weight = 0.4

    def queryset(self, kinds):
        posts = visible_posts()
        if visible_forum() is None:
            return posts.none()
        keys = {kind.key for kind in kinds}
        if keys == {CONVERSATION}:
            posts = posts.filter(level=0)
        elif keys == {REPLY}:
            posts = posts.filter(level__gt=0)
        return posts.only(*SEARCHED_FIELDS)

    def search(self, kinds, query, *, operator, newest_first):
        """On PostgreSQL's database backend, counted and ranked in the search index itself
        (search_ranking.py); elsewhere, as any other source."""
        if not query_terms(query) or not search_ranking.available() or visible_forum() is None:
            return super().search(kinds, query, operator=operator, newest_first=newest_first)
        keys = {kind.key for kind in kinds}
        levels = "conversations" if keys == {CONVERSATION} else "replies" if keys == {REPLY} else None
        newest = super().search(kinds, query, operator=operator, newest_first=True) if newest_first else None
        return search_ranking.PostSearch(query, operator=operator, levels=levels, newest=newest)

    def newest_first(self, queryset):
        # The date is read to merge with other sources by date. Post does not declare `id`
        # as a filter field; posting times are to the microsecond.
        return queryset.only(*SEARCHED_FIELDS, self.date_field).order_by(f"-{self.date_field}")

    def title(self, item):
        if item.is_opening_post:
            return item.forum_thread.title
        return _("Reply in ‘%(title)s’") % {"title": item.forum_thread.title}

    def texts(self, item):
        return [item.comment]

    def prepare(self, items):
        """A page of results, whole, with their threads (and categories, for the address) and
        the forum they are in: two queries however many posts there are."""
        posts = Post.objects.select_related(None).select_related("forum_thread__category")
        whole = posts.in_bulk([item.pk for item in items])
        forum = visible_forum()
        for post in whole.values():
            post.search_forum_page = forum
        # A post deleted for good since the search is left out (None).
        return [whole.get(item.pk) for item in items]

    def url(self, item, request):
        forum = item.search_forum_page
        if item.is_opening_post:
            return forum.thread_url(item.forum_thread)
        return forum.get_url(request) + forum.reverse_subpage("permalink", kwargs={"post_id": item.pk})


def posted_on(post):
    return _("Posted %(date)s") % {"date": format_date(post.submit_date)}


def register_search_kinds():
    """Called when the app is ready. The forum comes last in the search filter."""
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
            order=70,
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
            order=80,
        )
    )


def forum_kinds():
    return [kind for kind in registered_kinds() if kind.key in FORUM_KINDS]
