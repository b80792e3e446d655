"""What the site search finds: a registry of kinds ("Consultation", "Event", ...), each with
the words shown on a result and the source that searches for it.

Each room registers its own kinds when its app is ready (consultations/search_kinds.py,
home/search_kinds.py, forum/search_kinds.py), so this app imports none of them.

A source is one search query. Every page kind shares one source (`PAGES`), so pages of all
kinds are ranked against each other by the search backend itself. A kind over another model
brings its own source; the site search merges the sources' results by score or by date. The
forum's conversations and replies are two kinds over one model and one source, told apart by
a `condition`.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db.models import Manager, prefetch_related_objects
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail.search.index import RelatedFields, SearchField

from core import published
from core.dates import format_date

from .scoped import search_within


class KindNameField(SearchField):
    """The name of a page's kind ("Consultation Consultations"), indexed with the page and
    weighted as its title is, so a search for "consultation" finds the consultations first,
    and the filter by kind then shows them, even when their text never says the word."""

    def __init__(self):
        super().__init__("search_kind_name", boost=2)

    def get_definition_model(self, cls):
        # Elasticsearch names a field after the model defining it: here, each page model.
        return cls


class KindNamedInIndex:
    """For a page model of a registered kind: its kind's name is indexed (KindNameField)."""

    @classmethod
    def get_search_fields(cls):
        return [*super().get_search_fields(), KindNameField()]

    def search_kind_name(self):
        kind = kind_of(self)
        if kind is None:
            return ""
        # Indexed once for every reader, so in the site's language, not the editor's.
        with translation.override(settings.LANGUAGE_CODE):
            return f"{kind.label} {kind.plural}"


def searchable_texts(obj):
    """The text an item was indexed with, apart from its title, field by field: the snippet
    is cut from these, so it shows what the search matched."""
    texts = []
    for search_field in obj.get_search_fields():
        texts += _field_texts(obj, search_field)
    return texts


def _field_texts(obj, search_field):
    if (
        isinstance(search_field, SearchField)
        and not isinstance(search_field, KindNameField)
        and search_field.field_name != "title"
    ):
        value = search_field.get_value(obj)
        return [str(item) for item in value] if isinstance(value, list) else [str(value or "")]
    if isinstance(search_field, RelatedFields):
        related = search_field.get_value(obj)
        related = related.all() if isinstance(related, Manager) else [related] if related else []
        return [text for item in related for sub_field in search_field.fields for text in _field_texts(item, sub_field)]
    return []


class Source:
    """What one search query covers, for one or more kinds. A subclass says which items
    anyone may see (`queryset`) and where each one is (`url`). `date_field` orders "newest
    first": it and "id" must be FilterFields of the model, which must be indexed."""

    date_field = None
    # When results from several sources are merged by relevance, each score is multiplied by
    # its source's weight before they are compared.
    relevance_weight = 1.0

    def queryset(self, kinds):
        raise NotImplementedError

    def url(self, item, request):
        raise NotImplementedError

    def newest_first(self, queryset):
        return queryset.order_by(f"-{self.date_field}", "-id")

    def search(self, kinds, query, *, operator, newest_first):
        """The items of `kinds` matching `query`, most relevant first, or newest first."""
        queryset = self.queryset(kinds)
        if newest_first:
            queryset = self.newest_first(queryset)
        return search_within(queryset, query, operator=operator, order_by_relevance=not newest_first)

    def title(self, item):
        return item.title

    def texts(self, item):
        return searchable_texts(item)

    def prepare(self, items):
        """A page of results, ready to be described: by default the same items, with the
        related rows the snippets are cut from (a consultation's topic, an outcome's themes)
        fetched in one query per relation, however many results. A source whose search
        returns slimmed-down rows fetches them whole here, with None for any item that has
        gone since."""
        by_model = {}
        for item in items:
            by_model.setdefault(type(item), []).append(item)
        for model, instances in by_model.items():
            relations = [f.field_name for f in model.get_search_fields() if isinstance(f, RelatedFields)]
            prefetch_related_objects(instances, *relations)
        return items


def visible_pages():
    """Live, public pages that have not expired: what anyone may find. Wagtail unpublishes an
    expired page only when `publish_scheduled` next runs, so leave such pages out here. (The
    expired pages are listed first because a search backend can filter on ids but not on
    `expire_at`, from the live pages with an expiry time as of core.published's edition.)"""
    now = timezone.now()
    expired = [pk for pk, expire_at in published.remember("expiring-pages", _expiring_pages) if expire_at <= now]
    return published.public(Page.objects.live()).exclude(pk__in=expired)


def _expiring_pages():
    return tuple(Page.objects.live().exclude(expire_at=None).values_list("pk", "expire_at"))


class PageSource(Source):
    """Every page kind, searched together."""

    date_field = "first_published_at"

    def queryset(self, kinds):
        models = [model for kind in kinds for model in kind.models]
        return visible_pages().type(*models).specific()

    def url(self, item, request):
        return item.get_url(request)


# The source of every page kind.
PAGES = PageSource()


@dataclass(frozen=True)
class Kind:
    """One kind of thing people can find. `key` appears in addresses (?kind=event), `label`
    on each result, `plural` in the filter; `describe_date` says the date that matters for
    this kind, in words; `models` are the classes whose items are of this kind, and
    `condition`, if given, tells this kind's items from other kinds' items of the same class.

    `listing`, if given, is the page model that lists this kind's items (the events page):
    the search page suggests it as a place to look through when a search finds nothing.
    `order` places the kind in the filter, lowest first, whatever order the rooms register
    in (they number theirs in tens, as Wagtail's menus do)."""

    key: str
    label: str
    plural: str
    source: Source
    describe_date: Callable[[Any], str]
    models: tuple[type, ...]
    condition: Callable[[Any], bool] | None = None
    listing: type | None = None
    order: int = 1000

    def includes(self, item):
        return isinstance(item, self.models) and (self.condition is None or self.condition(item))


_registry = {}


def register(kind):
    _registry[kind.key] = kind


def unregister(key):
    _registry.pop(key, None)


def registered_kinds():
    """Every kind, in the filter's order."""
    return sorted(_registry.values(), key=lambda kind: kind.order)


def kind_of(item):
    """The kind `item` is of, or None if it is of no registered kind."""
    return next((kind for kind in _registry.values() if kind.includes(item)), None)


def source_of(item):
    """The source an item came from, known from its class alone (a slimmed-down row may not
    have what a kind's `condition` looks at)."""
    return next(kind.source for kind in _registry.values() if isinstance(item, kind.models))


def published_on(item):
    """The date that matters for most pages: when they were first published."""
    if not item.first_published_at:
        return ""
    return _("Published %(date)s") % {"date": format_date(item.first_published_at)}
