"""The search page, /search/?q=...: the same page for no query yet, results, nothing found, and
search not working (search/outage.py)."""

from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_GET
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page, Site
from wagtail.search.utils import normalise_query_string

from core import published

from .finding import find
from .forms import SearchForm
from .kinds import registered_kinds, visible_pages
from .outage import UNAVAILABLE_STATUS
from .statistics import record_search


@published.finds_site_once
@require_GET
def search(request):
    form = SearchForm(request.GET)
    context = {"form": form, "query": form.query, "search_url": reverse("search:search")}
    status = 400 if form.errors else 200
    results = find(request, form.query, kinds=form.kinds, sort=form.sort) if form.query else None
    if form.query and results is None:
        context["search_unavailable"] = True
        status = UNAVAILABLE_STATUS
    elif results:
        # Promotions answer the query as typed, so they lead the first page of all results.
        first_page = results.pagination.page_obj.number == 1
        promotions = _promotions(form.query, request) if first_page and not form.filtered else []
        context.update(
            results.as_context(),
            promotions=promotions,
            # Recommended results are something found: no need for suggestions then.
            no_results_template=None if promotions else "search/includes/no_results.html",
        )
        if form.is_search_as_typed:
            record_search(form.query, found=bool(results.count or promotions))
    # Listings to look through instead: before a search, when it found nothing (unless kinds
    # were chosen: the filters are then the way on), and when search is not working.
    found = context.get("result_count") or context.get("promotions") or (results and form.filtered)
    if not found:
        context["browse_pages"] = _browse_pages(request)
    return TemplateResponse(request, "search/search.html", context, status=status)


def _promotions(query, request):
    """The results editors recommend for this query (Settings, "Promoted search results"),
    leaving out pages that are no longer live and public."""
    picks = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .select_related("page")
        .order_by("sort_order")
    )
    if not picks:
        return []
    page_ids = [pick.page_id for pick in picks if pick.page_id]
    visible = set(visible_pages().filter(pk__in=page_ids).values_list("pk", flat=True))
    return [
        {
            "title": pick.title,
            "url": pick.page.get_url(request) if pick.page else pick.external_link_url,
            "description": pick.description,
        }
        for pick in picks
        if pick.page_id in visible or (not pick.page_id and pick.external_link_url)
    ]


def _browse_pages(request):
    """The listings to suggest when a search finds nothing (each kind's `listing`), in the
    site's menu order."""
    listings = [kind.listing for kind in registered_kinds() if kind.listing]
    if not listings:
        return []
    pages = published.public(Page.objects.live()).type(*listings).order_by("path")
    site = Site.find_for_request(request)
    if site:
        pages = pages.in_site(site)
    return [{"title": page.title, "url": page.get_url(request)} for page in pages]
