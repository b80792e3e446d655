"""Whole pages kept for visitors who are not logged in, so a popular page is rendered once
every few minutes rather than once for every visitor, and served without touching the database.

Why a few lines of our own on Django's cache, rather than a library: wagtail-cache, the kept
Wagtail page cache, requires Wagtail below 8; and it, like Django's own cache middleware, keys
pages on the visitor's cookies, so a logged-in person's page is stored too (under their session
cookie). The rules here are narrower:

- Only a GET with no query string, from someone with no session cookie (so nobody logged in,
  and nobody whose session holds anything: a private page's password, a half-finished form)
  and no messages cookie, may be answered from the cache. Searches, filters and page numbers
  (query strings) always reach the site: there are too many to keep, and anyone could make up
  more to fill the cache.
- Only a 200 that sets no cookie, holds no CSRF token (every page with a POST form: sign-up,
  questionnaires, replies), carries no CSP nonce and is not marked private or no-store is kept.
  A page shown to one person (any of the above) is marked `Cache-Control: private`, so no
  shared cache in front of the site (a CDN) keeps it either.
- Any change that could show on a page forgets every kept page at once (`forget_all_pages`):
  whatever changes the published site's facts (core/published.py's `forget()`: publishing,
  unpublishing, moving or deleting a page, a site, a privacy restriction or the settings), and
  what rooms connect of their own (the forum's public posts, a member's name). A page appears
  in index pages, the home page's sections, the finder, breadcrumbs, menus and
  the forum's lists, so purging one address at a time could not be exact. Pages are kept for
  PAGE_CACHE_SECONDS at most, which also bounds how late a page shows what only the clock
  changes (a consultation that has just closed).

Forgetting is one cache write: each kept page is tagged with the cache's current generation,
and a page from an older generation is a miss. A request tags what it stores with the
generation it saw when it began, so a page rendered before a change can never be stored as
current after it. While Redis is away (core/cache.py) the generation is deleted too, and that
deletion reaches Redis when it is back, so nothing kept before the outage comes back.
"""

import hashlib
import uuid

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.db import transaction
from django.http import HttpResponse
from django.middleware.gzip import re_accepts_gzip
from django.utils.cache import cc_delim_re, patch_cache_control
from django.utils.translation import get_language_from_path

GENERATION_KEY = "page-cache:generation"
STATUS_HEADER = "X-Page-Cache"
# Vary headers a kept page may carry: it is only served to requests without a session
# (Cookie); the language is chosen by the address alone (core/languages.py), never by
# Accept-Language, and is part of the page's key all the same; and whether
# the browser takes gzip (Accept-Encoding) is part of the page's key, so GZipMiddleware's
# compressed copy is kept too, and a visit costs no compression.
KNOWN_VARY = {"cookie", "accept-language", "accept-encoding"}


def forget_all_pages():
    """Forget every kept page once the current transaction commits, so no request can render
    the old rows and store them as new in between."""
    transaction.on_commit(_new_generation)


def _new_generation():
    cache = caches[settings.PAGE_CACHE_ALIAS]
    # The delete reaches Redis even if it is away now (core/cache.py replays deletions).
    cache.delete(GENERATION_KEY)
    cache.set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)


class AnonymousPageCache:
    """Middleware: answer anonymous visitors from the cache, and keep what may be shared.
    It sits near the top of MIDDLEWARE, so a page from the cache skips sessions, CSRF,
    authentication and the page tree: no database query at all."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds or not _shareable_request(request):
            response = self.get_response(request)
            if _personal(request, response):
                patch_cache_control(response, private=True)
            return response

        cache = caches[settings.PAGE_CACHE_ALIAS]
        key = _page_key(request)
        found = cache.get_many([GENERATION_KEY, key])
        generation, kept = found.get(GENERATION_KEY), found.get(key)
        if generation is not None and kept is not None and kept["generation"] == generation:
            return _from_cache(kept)

        response = self.get_response(request)
        if _personal(request, response):
            patch_cache_control(response, private=True)
        elif generation is None:
            # The cache was empty or just forgotten: start a generation for the next request.
            # This one began before it, so it may have read rows older than the forgetting.
            cache.add(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
        elif _shareable_response(request, response):
            # A shared cache in front (a CDN, CDN_CACHE_SECONDS) may keep it too; browsers
            # ask again each time, so someone who logs in never sees their old anonymous page.
            patch_cache_control(response, public=True, max_age=0, s_maxage=settings.CDN_CACHE_SECONDS)
            cache.set(key, _to_keep(generation, response), seconds)
            response[STATUS_HEADER] = "miss"
        return response


def _shareable_request(request):
    return (
        request.method == "GET"
        and not request.META.get("QUERY_STRING")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and CookieStorage.cookie_name not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
    )


def _personal(request, response):
    """What this answer shows is for this visitor alone."""
    return (
        settings.SESSION_COOKIE_NAME in request.COOKIES
        or bool(response.cookies)
        or bool(request.META.get("CSRF_COOKIE_NEEDS_UPDATE"))  # the page holds a CSRF token
    )


def _shareable_response(request, response):
    cache_control = response.get("Cache-Control", "").lower()
    vary = {header.lower() for header in cc_delim_re.split(response.get("Vary", "")) if header}
    return (
        response.status_code == 200
        and not response.streaming
        and not any(word in cache_control for word in ("private", "no-cache", "no-store"))
        and vary <= KNOWN_VARY
        and not _used_a_csp_nonce(request, response)
    )


def _used_a_csp_nonce(request, response):
    """A nonce is for one response only. django-csp notes one the page used on the request
    (its middleware may run outside this one, and add the header after us)."""
    return bool(getattr(request, "_csp_nonce", None)) or "'nonce-" in response.get("Content-Security-Policy", "")


def _page_key(request):
    address = request.build_absolute_uri()  # scheme, host and path: links in a page use them
    encoding = "gzip" if re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")) else "identity"
    language = get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    return f"page-cache:{language}:{encoding}:" + hashlib.sha256(address.encode()).hexdigest()


def _to_keep(generation, response):
    return {"generation": generation, "headers": list(response.items()), "content": response.content}


def _from_cache(kept):
    response = HttpResponse(kept["content"])
    for name, value in kept["headers"]:
        response[name] = value
    response[STATUS_HEADER] = "hit"
    return response
