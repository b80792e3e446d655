"""Small site-wide views that are not pages."""

import functools
import sys
from http import HTTPStatus

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from .post_limits import words_sent


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    """Let search engines in, keep them out of the admin and accounts, and point to the sitemap."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /accounts/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def bad_request(request, exception):
    """Django's own error views ask the CSRF check for a token, and that check reads the form
    again: a form that could not be read (one sent as UTF-16, say) then failed a second time, and
    gunicorn answered with its own error. These pages take nothing from the request."""
    return HttpResponseBadRequest(loader.get_template("400.html").render())


def server_error(request):
    """Django calls this while it handles the exception, so sys.exc_info() says what failed. A
    database that cannot be reached (refused, gone, out of connections) is not a fault in the
    page: it gets a 503 that asks people to come back, with a Retry-After for machines. Like
    the 500 page, it is a static template: no context processors, nothing that needs a query."""
    if isinstance(sys.exc_info()[1], OperationalError | InterfaceError):
        response = HttpResponse(loader.get_template("503.html").render(), status=HTTPStatus.SERVICE_UNAVAILABLE)
        response["Retry-After"] = "120"
        return response
    return HttpResponseServerError(loader.get_template("500.html").render())


def return_address_checked(view):
    """Wagtail's forms for the password of a protected page or document collection, with their
    return address checked first. Wagtail takes an address without a "/" (from an edited form)
    for the name of a view, which fails with a server error; such an address leads home, where
    Wagtail's own check sends an address off the site."""

    @functools.wraps(view)
    def checked(request, *args, **kwargs):
        if request.method == "POST" and not request.POST.get("return_url", "").startswith("/"):
            request.POST = request.POST.copy()
            request.POST["return_url"] = settings.LOGIN_REDIRECT_URL
        return view(request, *args, **kwargs)

    return checked


def too_many_requests(request, exception=None):
    """The one answer of every form whose limit a client has passed: django-ratelimit's
    RATELIMIT_VIEW (the view raised `Ratelimited`) and allauth's (config.urls.handler429). It
    says why, and shows back what the person wrote (core.post_limits), so they lose none of it."""
    filled_in = getattr(exception, "filled_in", ())
    context = {"words_sent": words_sent(request, filled_in), "notice": getattr(exception, "notice", None)}
    return render(request, "429.html", context, status=HTTPStatus.TOO_MANY_REQUESTS)
