"""What every page needs to know about the published site and what changes only when editors
change it: the menu, the organisation's settings and footer links, where the consultation
finder or the forum is. Read from the database, these cost a dozen queries on every page;
here each app process works each one out once, and keeps it until something is published,
unpublished, moved or deleted, or a site, a privacy setting or a setting changes.

The same changes empty the anonymous page cache (core/page_cache.py): every kept page shows
these facts, so `forget()` is the one receiver for both, and the two cannot disagree about
what counts as a change. (The forum and people apps forget kept pages for their own changes
as well, which no remembered fact is made of.)

The app processes agree on when that last happened through one key in the shared cache, the
edition: a change deletes it (at once, and again when the change is committed), the next
reader makes a new one, and a fact remembered under an older edition is worked out again. A
request reads the edition once, with its first fact. A fact is also worked out again after
`MAX_AGE` seconds, so that a change no signal reports (a bulk `update()`, or one made while
Redis is away and each process keeps its own edition) shows within a minute anyway.

A remembered value is shared by every request the process serves: keep it to plain data
that nobody changes, or hand out copies (`copy.copy` of a model instance).
"""

import contextvars
import copy
import time
import uuid

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.exceptions import ObjectDoesNotExist
from django.core.signals import request_finished, request_started
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.http.request import split_domain_port
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.models.sites import get_site_for_hostname
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from .page_cache import forget_all_pages

EDITION_KEY = "core:published-edition"
MAX_AGE = 60  # seconds

# This request's edition once read (UNREAD before). Outside a request (a task, a command, a
# test) every fact reads the edition again.
UNREAD, OUTSIDE_A_REQUEST = "", None
_edition = contextvars.ContextVar("published_edition", default=OUTSIDE_A_REQUEST)
# name -> (edition, time.monotonic() when worked out, value), for this process.
_remembered = {}
# Besides pages, sites and privacy settings: models whose rows the remembered facts are made
# of (core's settings, for one). Apps add theirs with `watch()`.
_watched = (Page, Site, PageViewRestriction)
# What saving a draft, or locking a page, writes to its row: nothing a visitor sees.
DRAFT_FIELDS = frozenset(
    {"wagtail_admin_comments", "latest_revision", "latest_revision_created_at", "draft_title"}
    | {"has_unpublished_changes", "locked", "locked_at", "locked_by"}
)


def remember(name, work_out):
    """The value of `work_out()` as of the current edition of the published site."""
    edition = current_edition()
    remembered = _remembered.get(name)
    if remembered is not None and remembered[0] == edition and time.monotonic() - remembered[1] < MAX_AGE:
        return remembered[2]
    value = work_out()
    _remembered[name] = (edition, time.monotonic(), value)
    return value


def first(name, rows):
    """The first of `rows()`, a queryset, as of the current edition (a page that editors
    publish, such as the consultation finder), as a copy of its own; or None."""
    row = remember(name, lambda: rows().first())
    return copy.copy(row) if row is not None else None


def restricted_sections():
    """(path, depth) of each page with a privacy restriction: it and the pages below it are
    not public."""
    return remember("restricted-sections", _restricted_sections)


def public(pages, *, translations=False):
    """Wagtail's `pages.public()`: no page with a password, log-in or group restriction on it
    or on a page above it. Wagtail's reads every restriction from the database each time it
    is called, several times a page; these are the restrictions as of the current edition.

    Lists, counts and announcements are of the site's own pages: a page's translations
    (core/languages.py) are the same consultation or event in another language, reached
    through the language switcher, so they are left out unless `translations` is set."""
    if not translations:
        pages = originals(pages)
    private = Q()
    for path, depth in restricted_sections():
        private |= Q(path__startswith=path, depth__gte=depth)
    return pages.exclude(private) if private else pages


def originals(pages):
    """`pages` less translations: those in the site's own language (settings.LANGUAGE_CODE)."""
    return pages.filter(locale_id=default_locale_id())


def default_locale_id():
    return remember("default-locale", lambda: Locale.get_default().pk)


def deepest_live_page(page, path_components):
    """The deepest live page below `page` along `path_components`, as its own model, with the
    components left after it; or None when Wagtail should walk the tree itself: nothing
    below matches, or a page on the way is not live or answers addresses of its own (a
    RoutablePage, which Wagtail asks before its child pages). Wagtail's walk costs two
    queries a level; this costs one, from the live pages' addresses as of this edition."""
    live = remember("live-page-addresses", _live_page_addresses)
    addresses = [page.url_path + "/".join(path_components[: depth + 1]) + "/" for depth in range(len(path_components))]
    found = max((depth for depth, address in enumerate(addresses) if address in live), default=None)
    if found is None:
        return None
    if any(address not in live for address in addresses[:found]):
        return None
    models = [ContentType.objects.get_for_id(live[address][1]).model_class() for address in addresses[: found + 1]]
    if None in models or any(issubclass(model, RoutablePageMixin) for model in models[:found]):
        return None
    try:
        deepest = models[found]._default_manager.get(pk=live[addresses[found]][0])
    except ObjectDoesNotExist:
        return None
    return deepest, path_components[found + 1 :]


def _live_page_addresses():
    return {
        path: (pk, content_type)
        for path, pk, content_type in Page.objects.live().values_list("url_path", "pk", "content_type")
    }


def _restricted_sections():
    return tuple(PageViewRestriction.objects.values_list("page__path", "page__depth"))


def finds_site_once(view):
    """Marks a view of our own that links to pages (the search), so FindSiteOnce finds its
    site from memory as for the pages Wagtail serves."""
    view.finds_site_once = True
    return view


class FindSiteOnce:
    """Middleware: for a page Wagtail serves (or a view marked `finds_site_once`), the
    request's Wagtail site as Wagtail would find it, and the sites' root paths that page
    addresses are made from, from what this process remembers rather than from a query and a
    shared-cache read on every page view. Wagtail keeps both on the request (`_wagtail_site`,
    `_wagtail_cached_site_root_paths`) and reads them back from there. Each request gets
    copies of its own of the site and its root page. Other views (the admin, account pages)
    find them as Wagtail does."""

    most_hosts = 100  # beyond this many host names in one edition, leave the lookup to Wagtail

    def __init__(self, get_response):
        from wagtail.views import serve  # needs the models loaded

        self.get_response, self.wagtail_serve = get_response, serve

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view, view_args, view_kwargs):
        if view is not self.wagtail_serve and not getattr(view, "finds_site_once", False):
            return None
        key = (split_domain_port(request._get_raw_host())[0], request.get_port())
        sites = remember("sites-by-host", dict)
        if key not in sites and len(sites) < self.most_hosts:
            try:
                sites[key] = get_site_for_hostname(*key)
            except Site.DoesNotExist:
                sites[key] = None
        if key in sites:
            site = copy.copy(sites[key])
            if site is not None:
                site.root_page = copy.copy(site.root_page)
            request._wagtail_site = site
        request._wagtail_cached_site_root_paths = remember("site-root-paths", Site.get_site_root_paths)
        return None


def current_edition():
    known = _edition.get()
    if known:
        return known
    edition = cache.get(EDITION_KEY)
    if edition is None:
        cache.add(EDITION_KEY, uuid.uuid4().hex, timeout=None)
        edition = cache.get(EDITION_KEY) or uuid.uuid4().hex
    if known == UNREAD:
        _edition.set(edition)
    return edition


def forget(**kwargs):
    """A signal receiver: the published site changed, so every process works its facts out
    again. Also when the change commits, so that a reader who worked a fact out from the rows
    as they were before cannot leave it remembered under the new edition."""
    cache.delete(EDITION_KEY)
    if _edition.get():
        _edition.set(UNREAD)
    transaction.on_commit(lambda: cache.delete(EDITION_KEY))
    forget_all_pages()


def watch(*models):
    """Work facts out again whenever a row of one of `models` is saved or deleted."""
    global _watched
    _watched = (*_watched, *models)


def _forget_if_watched(sender, instance, update_fields=None, **kwargs):
    if isinstance(instance, Page) and not _shows(instance, update_fields):
        return
    if isinstance(instance, _watched):
        forget()


def _shows(page, update_fields):
    """Whether a saved or deleted page row can show anywhere: not a page that is not live (a
    new draft; unpublishing sends its own signal), nor a live page's draft being saved."""
    return page.live and not (update_fields and DRAFT_FIELDS.issuperset(update_fields))


def _request_started(**kwargs):
    _edition.set(UNREAD)


def _request_finished(**kwargs):
    _edition.set(OUTSIDE_A_REQUEST)


def connect_signals():
    """Called when core is ready."""
    for signal in (page_published, page_unpublished, page_slug_changed, post_page_move):
        signal.connect(forget, dispatch_uid=f"core.published.{signal}")
    post_save.connect(_forget_if_watched, dispatch_uid="core.published.saved")
    post_delete.connect(_forget_if_watched, dispatch_uid="core.published.deleted")
    request_started.connect(_request_started, dispatch_uid="core.published.request_started")
    request_finished.connect(_request_finished, dispatch_uid="core.published.request_finished")
