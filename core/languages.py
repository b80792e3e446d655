"""Other languages: Welsh and Urdu beside English (settings.LANGUAGES).

A language is chosen by the address alone: English addresses have no prefix, the others
have theirs (/cy/..., /ur/...), so a page's address says what it shows, and the page cache
keeps each language's copy apart. A page an editor has translated has its own address under
the prefix; any other page is served under the prefix as it is written, with the interface
(menus, buttons, forms, messages) in the chosen language, so nobody who switches language
meets a dead end.
"""

from django.conf import settings
from django.db.models import Count
from django.http import Http404
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info, override
from wagtail.models import Locale, Page, Site

from core import published


def serve_page(request, path):
    """Wagtail's page view; under another language's prefix, a page with no translation in
    it is the original page, shown with that language's interface."""
    from wagtail import views as wagtail_views  # needs the models loaded; this module does not

    if Page.route_for_request(request, path) is None and get_language() != settings.LANGUAGE_CODE:
        site = Site.find_for_request(request)
        if site is not None:
            try:
                components = [component for component in path.split("/") if component]
                request._wagtail_route_for_request = site.root_page.specific.route(request, components)
            except Http404:
                pass
    return wagtail_views.serve(request, path)


serve_page.finds_site_once = True  # core.published.FindSiteOnce, as for Wagtail's own view


def language_links(request, page=None):
    """For the switcher: each language, named in itself, with the address of this page in it:
    the page's translation if an editor made one, otherwise this address under that
    language's prefix. The current language is marked, not linked."""
    translations = {}
    site = Site.find_for_request(request)
    if isinstance(page, Page) and site is not None:
        translated = published.remember(("translated-addresses", site.pk), lambda: _translated_addresses(site))
        translations = translated.get(page.translation_key, {})
    current = get_language()
    links = []
    for code, name in settings.LANGUAGES:
        url = translations.get(code) or translate_url(request.path, code)
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "current": code == current,
                "dir": "rtl" if get_language_info(code)["bidi"] else "ltr",
            }
        )
    return links


def in_current_language(url):
    """`url` (an English address) under the current language's prefix: where a page that
    redirects to its own canonical address sends a Welsh or Urdu reader."""
    language = get_language()
    with override(settings.LANGUAGE_CODE):  # Django reads `url` in the active language
        return translate_url(url, language)


def content_language(page):
    """The language `page` is written in, when it is not the language of the interface around
    it (an English page under /cy/ or /ur/), for its own `lang` and `dir`; otherwise None."""
    if not isinstance(page, Page):
        return None
    codes = published.remember("locale-languages", lambda: dict(Locale.objects.values_list("pk", "language_code")))
    code = codes.get(page.locale_id)
    if code is None or code == get_language():
        return None
    return {"code": code, "dir": "rtl" if get_language_info(code)["bidi"] else "ltr"}


def _translated_addresses(site):
    """{translation key: {language code: address}} of the live pages that have a live
    translation, as seen from `site`: what the switcher needs, without a query a page view."""
    keys = (
        Page.objects.live()
        .values("translation_key")
        .annotate(languages=Count("locale", distinct=True))
        .filter(languages__gt=1)
        .values("translation_key")
    )
    addresses = {}
    pages = Page.objects.live().filter(translation_key__in=keys).select_related("locale")
    for page in published.public(pages, translations=True):
        url = page.get_url(current_site=site)
        if url is not None:
            addresses.setdefault(page.translation_key, {})[page.locale.language_code] = url
    return addresses


def original(page):
    """The page in the site's own language that `page` translates (`page` if it is one)."""
    if page.locale_id == published.default_locale_id():
        return page
    found = published.originals(Page.objects.filter(translation_key=page.translation_key)).first()
    return found.specific if found is not None else page
