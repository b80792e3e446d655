"""Middleware of our own: refuse oversize public forms; trust a request id only from our proxies.

Refuse a public form that is far too big before anything reads it.

Django reads a whole form (up to DATA_UPLOAD_MAX_MEMORY_SIZE, 2.5 MB) before any view or
validator can refuse it, and the CSRF check reads it first of all. A flood of megabyte
sign-ups, each answered with the whole form again, kept every worker busy. The largest public
form a person really fills in is a questionnaire of long answers (10,000 characters each), a
few hundred kilobytes at most, so a request to a public address that says it is bigger than
PUBLIC_MAX_REQUEST_BYTES (512 KB) gets a 413 at once, unread. The Wagtail admin is left to
Django's own limit: editors save long pages and upload files there.
"""

from django.conf import settings
from django.http import HttpResponse
from django.template import loader
from django.urls import reverse


class RefuseOversizePublicRequests:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self._declared_size(request) > settings.PUBLIC_MAX_REQUEST_BYTES and not request.path.startswith(
            reverse("wagtailadmin_home")
        ):
            # Rendered without the request, as the 400 page is: nothing of it has been read.
            return HttpResponse(loader.get_template("413.html").render(), status=413)
        return self.get_response(request)

    @staticmethod
    def _declared_size(request):
        try:
            return int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return 0


class RequestIdFromOurProxiesOnly:
    """django-guid takes a request's id from its X-Request-ID header, so that the log lines of
    the proxy and the site share it. Only a proxy of our own may set it: with no proxy in front
    (TRUSTED_PROXY_COUNT 0), whoever sends the request could choose the id under which its log
    lines are filed, or reuse another request's, so the header is dropped and a new id made."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.TRUSTED_PROXY_COUNT:
            request.META.pop("HTTP_X_REQUEST_ID", None)
        return self.get_response(request)
