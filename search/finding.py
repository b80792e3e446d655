"""The one way the site searches. The search page, the forum's search and the consultation
finder all call `find()`: the same words are searched for, on whichever backend the site
uses, and a search server that cannot answer is handled here, once (search/outage.py)."""

from dataclasses import dataclass, field

from core.pagination import Pagination, paginate

from .kinds import registered_kinds
from .outage import search_or_none
from .scoped import filter_to_matches
from .site import RELEVANCE, describe, search_kinds

PER_PAGE = 10


@dataclass
class Results:
    """One page of what a search found. `pagination.page_obj` holds this page's items; `hits`
    describe them for the results list (search/includes/results.html) when kinds were
    searched; `some_words_only` is true when nothing had every word and these results have
    some of them."""

    pagination: Pagination
    count: int
    some_words_only: bool = False
    hits: list = field(default_factory=list)

    def as_context(self):
        return {
            "hits": self.hits,
            "result_count": self.count,
            "some_words_only": self.some_words_only,
            **self.pagination.as_context(),
        }


def find(request, query, *, kinds=None, within=None, sort=RELEVANCE, per_page=PER_PAGE):
    """One page (the request's `page`) of what matches `query`, or None when the search server
    cannot answer: the page should then say so, with `outage.UNAVAILABLE_STATUS`.

    Searches either `kinds` (by default every registered kind), most relevant or newest first
    as `sort` says; or `within`, a queryset of what the reader may see, keeping its order and
    annotations, for a listing that filters and sorts in the database.

    Results are lazy, so everything that asks the search server, searching, counting and
    taking the page, happens inside the one guard against it being down."""

    def one_page():
        if within is not None:
            return _page_within(request, within, query, per_page)
        return _page_of_kinds(request, kinds or registered_kinds(), query, sort, per_page)

    return search_or_none(request, one_page)


def _page_of_kinds(request, kinds, query, sort, per_page):
    found = search_kinds(query, kinds, sort)
    pagination = paginate(request, found.results, per_page)
    return Results(
        pagination=pagination,
        count=found.count,
        some_words_only=found.some_words_only,
        hits=describe(pagination.page_obj.object_list, query, request),
    )


def _page_within(request, queryset, query, per_page):
    pagination = paginate(request, filter_to_matches(queryset, query), per_page)
    return Results(pagination=pagination, count=pagination.page_obj.paginator.count)
