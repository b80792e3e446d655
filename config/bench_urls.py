"""The site's addresses and, first, a bare Django view: it goes through every middleware and
returns two bytes, so it shows what Django itself costs on this machine. Served only under
config.settings.bench (`make bench-load`); production's URLconf is config.urls."""

from django.http import HttpResponse
from django.urls import path

from config.urls import handler400, handler500, urlpatterns

BARE_PATH = "bench/bare/"


def bare(request):
    return HttpResponse(b"ok", content_type="text/plain")


urlpatterns = [path(BARE_PATH, bare), *urlpatterns]
__all__ = ["handler400", "handler500", "urlpatterns"]
