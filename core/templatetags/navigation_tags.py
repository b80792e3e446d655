"""Header navigation, breadcrumbs and footer, built from the page tree and site settings."""

from django import template
from wagtail.models import Page, Site

register = template.Library()


@register.inclusion_tag("core/includes/header.html", takes_context=True)
def site_header(context):
    """The NHS.UK organisational header. Menu items are the home page's live children that
    editors tick "Show in menus" for, so the menu follows the page tree."""
    request = context["request"]
    site = Site.find_for_request(request)
    home = site.root_page if site else None
    links = []
    if home is not None:
        for page in home.get_children().live().in_menu().public().specific(defer=True):
            url = page.get_url(request)
            links.append(
                {
                    "label": page.title,
                    "url": url,
                    "current": request.path == url,
                    "active": request.path.startswith(url),
                }
            )
    return {
        "request": request,
        "settings": context.get("settings"),
        "home_url": home.get_url(request) if home else "/",
        "primary_links": links,
    }


@register.inclusion_tag("core/includes/breadcrumb.html", takes_context=True)
def breadcrumb(context):
    """Ancestors of the current page below the site's root, for the NHS.UK breadcrumb."""
    page = context.get("page")
    if not isinstance(page, Page):
        return {"ancestors": []}
    site = Site.find_for_request(context["request"])
    ancestors = page.get_ancestors().filter(depth__gte=site.root_page.depth) if site else Page.objects.none()
    return {"ancestors": list(ancestors.specific(defer=True)), "request": context["request"]}
