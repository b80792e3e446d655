"""Searching kinds (search/kinds.py): every kind asked for in one list, most relevant or
newest first, and a page of results described for the results list. Called through
`finding.find()`.

Each source is searched once, for all its kinds together. Every word must match; when nothing
has every word, the search is run again for any of them, so a question typed in full still
finds something.
"""

import heapq
import itertools
from dataclasses import dataclass

from django.utils.functional import cached_property
from wagtail.search.backends import get_search_backend

from .kinds import kind_of, source_of
from .text import Highlighter, query_terms

RELEVANCE = "relevance"
NEWEST = "newest"
SCORE = "_search_score"


@dataclass
class Found:
    """`results` is what the paginator pages through; `some_words_only` is true when nothing
    had every word and these results have some of them."""

    results: object
    some_words_only: bool

    @cached_property
    def count(self):
        return self.results.count()


@dataclass
class Hit:
    """One result as the results page shows it."""

    kind: object
    title: str
    url: str
    date: str
    snippet: str


def search_kinds(query, kinds, sort=RELEVANCE):
    sources = list(dict.fromkeys(kind.source for kind in kinds))
    operators = ["and", "or"] if len(query_terms(query)) > 1 else ["and"]
    merging = len(sources) > 1
    for operator in operators:
        parts = [
            _search_source(source, [kind for kind in kinds if kind.source is source], query, operator, sort, merging)
            for source in sources
        ]
        if any(part.count() for part in parts):
            break
    results = parts[0] if len(parts) == 1 else MergedResults(parts, sources, sort)
    return Found(results, some_words_only=operator == "or")


def _search_source(source, kinds, query, operator, sort, merging):
    results = source.search(kinds, query, operator=operator, newest_first=sort == NEWEST)
    if merging and sort == RELEVANCE:
        results = results.annotate_score(SCORE)
    return results


def describe(items, query, request):
    """Turn one page of results into what the page shows, with a snippet for each."""
    items = list(items)
    by_source = {}
    for position, item in enumerate(items):
        by_source.setdefault(source_of(item), []).append(position)
    for source, positions in by_source.items():
        ready = source.prepare([items[position] for position in positions])
        for position, item in zip(positions, ready, strict=True):
            items[position] = item
    items = [item for item in items if item is not None]
    kinds = [kind_of(item) for item in items]
    highlighter = Highlighter(query_terms(query))
    return [
        Hit(
            kind=kind,
            title=kind.source.title(item),
            url=kind.source.url(item, request),
            date=kind.describe_date(item),
            snippet=highlighter.snippet(kind.source.texts(item)),
        )
        for item, kind in zip(items, kinds, strict=True)
    ]


class MergedResults:
    """The results of several sources as one ordered list, for the paginator. Taking the
    first n items takes the first n of every source and merges them, so each page costs one
    query per source. Relevance compares the backend's scores, which come from one index,
    each weighted by its source's `relevance_weight`."""

    def __init__(self, parts, sources, sort):
        self.parts = parts
        self.fields = [source.date_field if sort == NEWEST else SCORE for source in sources]
        self.weights = [1.0 if sort == NEWEST else source.relevance_weight for source in sources]
        self.descending = sort == NEWEST or _higher_scores_are_better()

    def count(self):
        return sum(part.count() for part in self.parts)

    def __len__(self):
        return self.count()

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        ranked = [
            [(_weighted(getattr(item, field), weight), item) for item in part[: index.stop]]
            for part, field, weight in zip(self.parts, self.fields, self.weights, strict=True)
        ]
        merged = heapq.merge(*ranked, key=lambda pair: pair[0], reverse=self.descending)
        return [item for _key, item in itertools.islice(merged, index.start, index.stop)]


def _weighted(key, weight):
    """A score times its source's weight. Multiplying moves a score towards zero whichever way
    the backend counts, so a weight below 1 lowers a source's results on every backend."""
    return key if weight == 1.0 else key * weight


def _higher_scores_are_better():
    """SQLite's bm25 scores are negative and the best is the lowest; every other backend's
    best score is the highest. (The SQLite backend's module cannot be imported on other
    databases, so compare by name, ours included: search/sqlite.py.)"""
    return all(cls.__name__ != "SQLiteSearchBackend" for cls in type(get_search_backend()).__mro__)
