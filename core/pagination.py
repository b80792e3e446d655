"""Pagination for listings, keeping the listing's filters in every page link."""

from dataclasses import dataclass

from django.core.paginator import Paginator


@dataclass
class Pagination:
    page_obj: object
    page_numbers: list
    query_without_page: str

    def as_context(self):
        return {
            "page_obj": self.page_obj,
            "page_numbers": self.page_numbers,
            "query_without_page": self.query_without_page,
        }


def paginate(request, items, per_page=10):
    """Page `items` by the `page` query parameter. A page number past the end, or not a
    number, shows the nearest real page rather than an error."""
    paginator = Paginator(items, per_page)
    page_obj = paginator.get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    encoded = query.urlencode()
    return Pagination(
        page_obj=page_obj,
        page_numbers=list(paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)),
        query_without_page=f"{encoded}&" if encoded else "",
    )
