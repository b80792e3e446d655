"""Public addresses. Wagtail serves the page tree last, so named routes win."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.documents.views import serve as wagtaildocs_views

from core.languages import serve_page
from core.post_limits import limit_posts
from core.views import return_address_checked, robots_txt
from feedback.sitemaps import FeedbackSitemap
from forum.sitemaps import ThreadSitemap
from people.views import AdminLoginView
from stories.sitemaps import StorySitemap

handler400 = "core.views.bad_request"
handler500 = "core.views.server_error"
# allauth answers a client past one of its limits with this view too: the one 429 page.
handler429 = "core.views.too_many_requests"

urlpatterns = [
    # Before Wagtail's admin, so its own password form at this address is never served.
    path("admin/login/", AdminLoginView.as_view(), name="admin_login"),
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's own forms for private pages and documents, before Wagtail's addresses: its log-in
    # form, which has no limits, leads to the one log-in page; its password forms check the
    # return address first, and allow a few guesses per client address.
    path(
        "_util/login/",
        RedirectView.as_view(pattern_name="account_login", query_string=True),
        name="wagtailcore_login",
    ),
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        limit_posts("content-password")(return_address_checked(wagtail_views.authenticate_with_password)),
        name="wagtailcore_authenticate_with_password",
    ),
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        limit_posts("content-password")(return_address_checked(wagtaildocs_views.authenticate_with_password)),
    ),
    path("documents/", include(wagtaildocs_urls)),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": {"pages": Sitemap, "stories": StorySitemap, "forum": ThreadSitemap, "feedback": FeedbackSitemap}},
        name="sitemap",
    ),
    path("robots.txt", robots_txt, name="robots_txt"),
]

# Public addresses in each language: English as they are (/consultations/), Welsh and Urdu
# under their prefix (/cy/consultations/, /ur/consultations/); core/languages.py.
urlpatterns += i18n_patterns(
    path("accounts/", include("people.urls")),
    path("accounts/", include("people.account_urls")),
    path("accounts/", include("allauth.urls")),
    path("about-you/", include("equality.urls")),
    path("people-bank/", include("people_bank.urls")),
    path("feedback/stories/", include("stories.urls")),
    path("feedback/", include("feedback.urls")),
    path("insight/", include("feedback.insight_urls")),
    path("search/", include("search.urls")),
    path("", include("forum.urls")),
    prefix_default_language=False,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's page addresses last, as wagtail.urls has them, with the language fallback.
urlpatterns += i18n_patterns(
    re_path(r"^((?:[\w\-]+/)*)$", serve_page, name="wagtail_serve"),
    prefix_default_language=False,
)
