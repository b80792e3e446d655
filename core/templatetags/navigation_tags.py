"""Header navigation, breadcrumbs and footer, built from the page tree and site settings."""

from django import template
from wagtail.models import Page, Site

from core import languages, published

register = template.Library()


@register.inclusion_tag("core/includes/header.html", takes_context=True)
def site_header(context):
    """The NHS.UK organisational header. Menu items are the home page's live children that
    editors tick "Show in menus" for, so the menu follows the page tree."""
    request = context["request"]
    site = Site.find_for_request(request)
    home_url, menu = published.remember(("menu", site.pk), lambda: _menu(site)) if site else ("/", ())
    return {
        "request": request,
        "settings": context.get("settings"),
        "home_url": home_url,
        "languages": languages.language_links(request, context.get("page")),
        "primary_links": [
            {"label": label, "url": url, "current": request.path == url, "active": request.path.startswith(url)}
            for label, url in menu
        ],
    }


def _menu(site):
    """The home page's address and (title, address) of each page in the menu, as seen from
    `site`, whose pages' addresses are relative."""
    home = site.root_page
    pages = published.public(home.get_children().live().in_menu()).specific(defer=True)
    return home.get_url(current_site=site), tuple((page.title, page.get_url(current_site=site)) for page in pages)


@register.simple_tag
def content_language(page):
    """{"code", "dir"} of the language a page is written in, if not the interface's."""
    return languages.content_language(page)


@register.inclusion_tag("core/includes/breadcrumb.html", takes_context=True)
def breadcrumb(context):
    """Ancestors of the current page below the site's root, for the NHS.UK breadcrumb: each
    one's title and address, from what this process remembers of the pages that have pages
    below them (not a query and a page model for each ancestor on every page view)."""
    page = context.get("page")
    if not isinstance(page, Page):
        return {"ancestors": []}
    site = Site.find_for_request(context["request"])
    if site is None or page.depth <= site.root_page.depth:  # the home page has none to show
        return {"ancestors": []}
    parents = published.remember(("breadcrumb-parents", site.pk), lambda: _parents(site))
    paths = [page.path[: Page.steplen * depth] for depth in range(site.root_page.depth, page.depth)]
    if all(path in parents for path in paths):
        return {"ancestors": [parents[path] for path in paths]}
    # A parent this edition does not know yet (a draft's first child, say): ask the database.
    return {"ancestors": list(_parents(site, page.get_ancestors()).values())}


def _parents(site, pages=None):
    """{path: {"title", "url"}} of the pages below `site`'s root (itself included) that have
    pages below them, or of `pages`: the breadcrumb's links, as seen from `site`."""
    if pages is None:
        pages = Page.objects.filter(numchild__gt=0)
    pages = pages.descendant_of(site.root_page, inclusive=True).specific(defer=True)
    return {page.path: {"title": page.title, "url": page.get_url(current_site=site)} for page in pages}
