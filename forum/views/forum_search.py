"""Searching the forum only, /forum/search/?q=...: the site search's code and results list,
over conversations and replies and nothing else."""

from django.template.response import TemplateResponse

from core.pagination import paginate
from search.forms import SearchForm
from search.outage import UNAVAILABLE_STATUS, search_or_none
from search.posts import forum_kinds
from search.site import RELEVANCE, describe, search_site
from search.statistics import record_search

PER_PAGE = 10


def forum_search(request, forum_page):
    form = SearchForm(request.GET, kinds=forum_kinds())
    context = {
        "page": forum_page,
        "form": form,
        "query": form.query,
        "search_url": forum_page.get_url(request) + forum_page.reverse_subpage("search"),
    }
    status = 400 if form.errors else 200
    if form.query:
        results = search_or_none(request, lambda: _results(request, form))
        if results is None:
            context["search_unavailable"] = True
            status = UNAVAILABLE_STATUS
        else:
            context.update(results)
    return TemplateResponse(request, "forum/search.html", context, status=status)


def _results(request, form):
    """A page of results for the form's search. Everything that asks the search server is
    here (search/outage.py)."""
    found = search_site(form.query, form.kinds, form.sort)
    pagination = paginate(request, found.results, PER_PAGE)
    context = {
        "hits": describe(pagination.page_obj.object_list, form.query, request),
        "result_count": found.count,
        "some_words_only": found.some_words_only,
        **pagination.as_context(),
    }
    # Counted in the editors' search statistics like the site search: once, as typed.
    if "page" not in request.GET and not form.filtered and form.sort == RELEVANCE:
        record_search(form.query, found=bool(found.count))
    return context
