"""Forum posts ranked by relevance on PostgreSQL's database search backend, in the search
index itself.

Wagtail's query joins every matching index entry to its post before ranking. A post is three
tables' rows and the join goes through a text cast of its id, so with 100,000 replies a
common phrase (a quarter of all posts) took 150 ms to count and rank. Here the entries are
counted and ranked on their own; the posts that anyone may read are checked by small
subqueries: the few hidden posts (held, removed, deleted or in a hidden conversation) are
left out, and conversations are told from replies by their threads' opening posts. Only the
page of results asked for is fetched from the posts.

The words are matched and ranked by the backend's own expressions, so scores are the same as
Wagtail's and can be merged with the pages' scores. Newest first, the posts come from
Wagtail's search, which PostgreSQL answers by reading posts from the newest back; only the
count is taken from the index here.
"""

import functools

from django.db import connection
from django.db.models import CharField, Count, F, IntegerField, Q, Window
from django.db.models.expressions import CombinedExpression
from django.db.models.functions import Cast
from django.utils.functional import cached_property
from modelsearch.query import PlainText
from wagtail.search.backends import get_search_backend

from search.text import query_terms

from .models import Post, Status, Thread

SCORE = "_entry_score"
# Rank and keep this many at first: the first pages of results, merged with the pages'.
FIRST_FETCH = 50


def available():
    """Whether the site searches with the database backend on PostgreSQL."""
    return connection.vendor == "postgresql" and type(get_search_backend()).__name__ == "PostgresSearchBackend"


def _as_text(field):
    return Cast(field, CharField(max_length=50))


@functools.cache
def _server_text_search_config():
    """The text search configuration PostgreSQL uses when none is named, which is the one
    the index was built with when the backend's SEARCH_CONFIG is not set. Naming it makes
    `to_tsquery` a constant: unnamed, PostgreSQL works the query out again for every match
    it ranks, which was most of the time taken by ranking 20,000 matches."""
    with connection.cursor() as cursor:
        cursor.execute("SHOW default_text_search_config")
        return cursor.fetchone()[0]


class PostSearch:
    """The visible posts matching `query`, as the paginator and the site search's merging
    need them: `count()`, slices, and `annotate_score()`. Ranked by relevance here, each item
    is a `Post` holding only its id (and score); `PostSource.prepare` fetches a page whole.

    `levels` is "conversations", "replies" or None for both. `newest` is Wagtail's search of
    the same posts, newest first, to take the items from; None ranks them here."""

    def __init__(self, query, *, operator="and", levels=None, newest=None):
        self.backend = get_search_backend()
        compiler = self.backend.query_compiler_class(
            Post.objects.none(), PlainText(" ".join(query_terms(query)), operator=operator)
        )
        config = self.backend.config or _server_text_search_config()
        self.tsquery = compiler.build_tsquery(compiler.query, config=config)
        # The same score as Wagtail's search of the index: the title's rank, normalised by the
        # title's length, plus the body's.
        self.rank = compiler._build_rank_expression([(F("title"), F("title_norm")), (F("body"), 1.0)], config)
        self.levels = levels
        self.newest = newest
        self.score_field = None
        self._ranked = []
        self._total = None

    @cached_property
    def entries(self):
        from django.contrib.contenttypes.models import ContentType
        from modelsearch.conf import get_app_config

        index_entry = get_app_config().get_model("IndexEntry")
        posts = Post.objects.select_related(None).order_by()
        # Two small sets, each read from an index: posts held, removed or deleted (a partial
        # index, forum migration 0007), and posts in conversations that are not public.
        hidden_posts = posts.filter(~Q(status=Status.PUBLISHED) | Q(deleted_at__isnull=False))
        in_hidden_threads = posts.filter(forum_thread__in=Thread.objects.filter(is_public=False).values("pk"))
        entries = (
            index_entry.objects.filter(content_type=ContentType.objects.get_for_model(Post))
            .annotate(_vector_=CombinedExpression(F("title"), "||", F("body")))
            .filter(_vector_=self.tsquery)
            .exclude(object_id__in=hidden_posts.values(text_id=_as_text("pk")))
            .exclude(object_id__in=in_hidden_threads.values(text_id=_as_text("pk")))
        )
        if self.levels:
            opening_posts = Thread.objects.filter(opening_post__isnull=False).values(text_id=_as_text("opening_post"))
            if self.levels == "conversations":
                entries = entries.filter(object_id__in=opening_posts)
            else:
                entries = entries.exclude(object_id__in=opening_posts)
        return entries

    def annotate_score(self, field_name):
        self.score_field = field_name
        return self

    def count(self):
        if self._total is None:
            if self.newest is None:
                self._fetch(FIRST_FETCH)
            else:
                self._total = self.entries.count()
        return self._total

    def __len__(self):
        return self.count()

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        if self.newest is not None:
            return list(self.newest[index])
        stop = index.stop if index.stop is not None else self.count()
        if stop > len(self._ranked) and (self._total is None or len(self._ranked) < self._total):
            self._fetch(max(stop, FIRST_FETCH))
        return self._ranked[index]

    def _fetch(self, limit):
        """Rank the matching entries and keep the first `limit`, counting them all in the same
        query (a window count): one pass over the matches instead of two."""
        rows = list(
            self.entries.annotate(
                **{SCORE: self.rank}, post_id=Cast("object_id", IntegerField()), total=Window(Count("pk"))
            )
            .order_by(f"-{SCORE}", "-post_id")
            .values_list("post_id", SCORE, "total")[:limit]
        )
        self._ranked = []
        for post_id, score, _total in rows:
            post = Post(pk=post_id)
            if self.score_field:
                setattr(post, self.score_field, score)
            self._ranked.append(post)
        self._total = rows[0][2] if rows else 0
