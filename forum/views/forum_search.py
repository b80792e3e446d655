"""Searching the forum only, /forum/search/?q=...: the site search (search/finding.py) and its
results list, over conversations and replies and nothing else."""

from django.template.response import TemplateResponse

from forum.search_kinds import forum_kinds
from search.finding import find
from search.forms import SearchForm
from search.outage import UNAVAILABLE_STATUS
from search.statistics import record_search


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
        results = find(request, form.query, kinds=form.kinds, sort=form.sort)
        if results is None:
            context["search_unavailable"] = True
            status = UNAVAILABLE_STATUS
        else:
            context.update(results.as_context())
            # Counted in the editors' search statistics like the site search: once, as typed.
            if form.is_search_as_typed:
                record_search(form.query, found=bool(results.count))
    return TemplateResponse(request, "forum/search.html", context, status=status)
