"""The equality form: open to whoever holds a link that has not been used, and only once."""

from http import HTTPStatus

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView

from .forms import EqualityForm
from .offers import VALID_FOR, accept, find_offer, forget


def _gone(request, token):
    """The link was used or has lapsed. Said the same way for a link that never existed."""
    forget(request, token)
    return TemplateResponse(request, "equality/link_used.html", {"days": VALID_FOR.days}, status=HTTPStatus.GONE)


# The address holds a token only one person should have: never kept by a cache.
@method_decorator(never_cache, name="dispatch")
class EqualityFormView(View):
    http_method_names = ["get", "post", "head"]

    def get(self, request, token):
        if find_offer(token) is None:
            return _gone(request, token)
        return self.render(request, EqualityForm())

    def post(self, request, token):
        if find_offer(token) is None:
            return _gone(request, token)
        form = EqualityForm(request.POST)
        if not form.is_valid():
            return self.render(request, form)
        if not accept(token, form.answers):  # the same form sent twice at the same moment
            return _gone(request, token)
        forget(request, token)
        return redirect("equality:thanks")

    def render(self, request, form):
        return TemplateResponse(request, "equality/form.html", {"form": form})


class ThanksView(TemplateView):
    """The same page for everyone, so it can be cached."""

    template_name = "equality/thanks.html"
