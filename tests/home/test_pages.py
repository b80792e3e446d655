"""The home page, content pages, site settings, error pages and what search engines see."""

import pytest
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import Client, override_settings
from django.urls import path, reverse
from wagtail.models import Site
from wagtail_factories import ImageFactory

from core.models import FooterLink, SiteSettings
from demo.factories.home import ContentPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def site_settings(home_page):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.organisation_name = "Kellsmoor and Wendlebridge ICB"
    settings.contact_phone = "0113 496 0123"
    settings.contact_email = "involve@example.org"
    settings.save()
    return settings


def test_home_page_shows_the_organisation_and_contact_details(client, site_settings):
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en-gb" dir="ltr">' in html
    assert 'class="nhsuk-header__organisation-name">Kellsmoor and Wendlebridge ICB<' in html
    assert '<a href="tel:01134960123">0113 496 0123</a>' in html
    assert "mailto:involve@example.org" in html
    assert "<title>Have your say about health and care - Kellsmoor and Wendlebridge ICB</title>" in html


def test_home_page_has_honest_empty_states(client, home_page):
    html = client.get("/").content.decode()
    assert "Nothing is open for comment at the moment" in html
    assert "We have not published any outcomes yet" in html


def test_footer_links_come_from_site_settings(client, site_settings, home_page):
    privacy = ContentPageFactory(parent=home_page, title="Privacy notice", slug="privacy-notice")
    site_settings.privacy_notice = privacy
    site_settings.save()
    FooterLink.objects.create(settings=site_settings, label="Healthwatch", url="https://healthwatch.example.org/")

    html = client.get("/").content.decode()
    assert '<a class="nhsuk-footer__list-item-link" href="/privacy-notice/">Privacy notice</a>' in html
    assert 'href="https://healthwatch.example.org/">Healthwatch</a>' in html


def test_menu_follows_the_page_tree(client, home_page):
    ContentPageFactory(parent=home_page, title="About us", slug="about", show_in_menus=True)
    ContentPageFactory(parent=home_page, title="Hidden page", slug="hidden", show_in_menus=False)
    ContentPageFactory(parent=home_page, title="Draft page", slug="draft", show_in_menus=True, live=False)

    html = client.get("/").content.decode()
    nav = html[html.index('<nav class="nhsuk-header__navigation') :]
    nav = nav[: nav.index("</nav>")]
    assert 'href="/about/"' in nav
    assert "Hidden page" not in nav
    assert "Draft page" not in nav

    about = client.get("/about/").content.decode()
    assert 'aria-current="page"' in about


def test_content_page_has_breadcrumb_meta_description_and_blocks(client, home_page):
    page = ContentPageFactory(
        parent=home_page,
        title="How we involve people",
        slug="how-we-involve-people",
        summary="The ways you can take part.",
        body=[
            ("heading", "Ways to take part"),
            ("inset_text", {"body": "<p>You can ask for this page in easy read.</p>"}),
        ],
    )
    html = client.get(page.url).content.decode()
    assert '<meta name="description" content="The ways you can take part.">' in html
    assert '<nav class="nhsuk-breadcrumb" aria-label="Breadcrumb">' in html
    assert '<a class="nhsuk-breadcrumb__link" href="/">Home</a>' in html
    assert "Back to </span>Home</a>" in html
    assert "<h2>Ways to take part</h2>" in html
    assert "You can ask for this page in easy read." in html


def test_the_home_crumb_reads_home_on_every_page(client, home_page, forum_page, category):
    """Not the home page's long title on some pages and "Home" on others."""
    child = ContentPageFactory(parent=home_page, title="About us", slug="about-us")
    grandchild = ContentPageFactory(parent=child, title="Our board", slug="our-board")

    for url in (child.url, grandchild.url, forum_page.url, f"{forum_page.url}{category.slug}/"):
        html = client.get(url).content.decode()
        start = html.index('class="nhsuk-breadcrumb"')
        breadcrumb = html[start : html.index("</nav>", start)]
        assert '<a class="nhsuk-breadcrumb__link" href="/">Home</a>' in breadcrumb, url
        assert home_page.title not in breadcrumb, url


def test_404_uses_the_site_design(client, site_settings):
    response = client.get("/no-such-page/")
    html = response.content.decode()
    assert response.status_code == 404
    assert "<h1>Page not found</h1>" in html
    assert "Kellsmoor and Wendlebridge ICB" in html


def test_500_page_renders_without_the_database(home_page):
    """The error page must work when the database is what failed, so it asks it nothing."""

    def broken_view(request):
        raise RuntimeError("the database went away")

    def no_database(connection):
        raise AssertionError("the 500 page must not use the database")

    urlconf = type("urlconf", (), {"urlpatterns": [path("broken/", broken_view)]})
    client = Client(raise_request_exception=False)
    with override_settings(ROOT_URLCONF=urlconf), pytest.MonkeyPatch.context() as patch:
        patch.setattr(BaseDatabaseWrapper, "ensure_connection", no_database)
        response = client.get("/broken/")
    assert response.status_code == 500
    assert "Sorry, there is a problem with the service" in response.content.decode()


def test_sitemap_lists_live_pages_only(client, home_page):
    ContentPageFactory(parent=home_page, title="About us", slug="about")
    ContentPageFactory(parent=home_page, title="Draft", slug="draft", live=False)
    xml = client.get("/sitemap.xml").content.decode()
    assert "<loc>http://localhost/</loc>" in xml
    assert "<loc>http://localhost/about/</loc>" in xml
    assert "/draft/" not in xml


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get(reverse("robots_txt"))
    assert response["Content-Type"] == "text/plain"
    text = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /admin/" in text


def test_header_shows_the_organisations_logo(client, site_settings):
    site_settings.logo = ImageFactory(title="ICB logo")
    site_settings.save()
    html = client.get("/").content.decode()
    header = html[html.index("<header") : html.index("</header>")]
    assert 'class="nhsuk-header__organisation-logo"' in header
    # The logo sits beside the organisation's name, which the link already says.
    assert 'alt=""' in header
    assert "Kellsmoor and Wendlebridge ICB" in header
