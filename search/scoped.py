"""The call to the search backend that `finding.find()` makes: a source of kinds searches its
queryset with `search_within`, and a listing (the consultation finder) is narrowed with
`filter_to_matches`. Both search for the same words (search/text.py), on whichever backend
the site uses. (On PostgreSQL's database backend the forum ranks its posts in the index
itself, with the same words: forum/search_ranking.py.)

The caller narrows the queryset to what a reader may see; these helpers only search in it.
"""

from modelsearch.backends.base import EmptySearchResults
from wagtail.search.backends import get_search_backend

from .text import query_terms


def search_within(queryset, query, *, operator="and", order_by_relevance=True):
    """The items in `queryset` that match `query`, most relevant first unless
    `order_by_relevance` is False (then in the queryset's own order). Every word must match
    unless `operator` is "or". A query with no words in it ("?", "£") matches nothing, and
    its empty results answer the same calls as any search's (`count()`, `annotate_score()`)."""
    terms = query_terms(query)
    if not terms:
        return EmptySearchResults()
    return get_search_backend().search(
        " ".join(terms), queryset, operator=operator, order_by_relevance=order_by_relevance
    )


def filter_to_matches(queryset, query):
    """`queryset` narrowed to the items that match, keeping its annotations and ordering, for
    listings that sort and filter in the database. The search runs over the model's whole
    table and the two are intersected, because a search backend other than the database
    cannot filter on annotations."""
    matches = search_within(queryset.model._default_manager.all(), query, order_by_relevance=False)
    return queryset.filter(pk__in=[item.pk for item in matches])
