"""What every page shows of the published site (the menu, the organisation's settings and
footer, where the forum is, which pages are private) is remembered between requests
(core/published.py), and an editor's change shows on the very next page view."""

import datetime
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, Site

from core import published
from core.models import FooterLink, SiteSettings
from demo.factories.home import ContentPageFactory
from forum.models import ForumPage

pytestmark = pytest.mark.django_db


def menu(client, host="localhost"):
    html = client.get("/", HTTP_HOST=host).text
    return [label.strip() for label in re.findall(r'class="nhsuk-header__navigation-link"[^>]*>\s*([^<]+)<', html)]


def in_menu(home_page, title):
    return ContentPageFactory(parent=home_page, title=title, slug=title.lower().replace(" ", "-"), show_in_menus=True)


def test_a_page_published_into_the_menu_shows_on_the_next_page_view(client, home_page):
    assert menu(client) == []

    page = in_menu(home_page, "Get involved")
    assert menu(client) == ["Get involved"]

    page.title = "Get involved with us"
    page.save_revision().publish()
    assert menu(client) == ["Get involved with us"]

    page.unpublish()
    assert menu(client) == []


def test_a_change_to_the_settings_or_footer_shows_on_the_next_page_view(client, home_page):
    about = ContentPageFactory(parent=home_page, title="About us", slug="about")
    assert "<title>Have your say about health and care - Participation Space</title>" in client.get("/").text

    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.organisation_name = "Kellsmoor ICB"
    settings.footer_links = [FooterLink(label="Who we are", page=about)]
    settings.save()

    html = client.get("/").text
    assert "<title>Have your say about health and care - Kellsmoor ICB</title>" in html
    assert '<a class="nhsuk-footer__list-item-link" href="/about/">Who we are</a>' in html


def test_showing_a_page_does_not_save_settings_nobody_has_edited(client, home_page):
    assert "- Participation Space</title>" in client.get("/").text
    assert not SiteSettings.objects.exists()


def test_a_page_made_private_leaves_the_menu_and_asks_for_a_log_in(client, home_page):
    page = in_menu(home_page, "Staff news")
    assert menu(client) == ["Staff news"]

    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    assert menu(client) == []
    response = client.get("/staff-news/")
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")


def test_once_remembered_a_page_reads_none_of_it_from_the_database(client, home_page):
    in_menu(home_page, "Get involved")
    client.get("/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/")

    tables = " ".join(query["sql"] for query in queries.captured_queries)
    for table in ("wagtailcore_site", "core_sitesettings", "core_footerlink", "wagtailcore_pageviewrestriction"):
        assert f'"{table}"' not in tables


def test_a_change_in_another_process_shows_once_it_renews_the_edition(client, home_page):
    page = in_menu(home_page, "Get involved")
    assert menu(client) == ["Get involved"]

    Page.objects.filter(pk=page.pk).update(title="Have your say")  # no signal here
    assert menu(client) == ["Get involved"]
    cache.delete(published.EDITION_KEY)  # as another process's forget() does
    assert menu(client) == ["Have your say"]


def test_a_change_no_signal_reports_shows_after_a_minute_at_most(client, home_page, monkeypatch):
    page = in_menu(home_page, "Get involved")
    assert menu(client) == ["Get involved"]

    Page.objects.filter(pk=page.pk).update(title="Have your say")
    monkeypatch.setattr(published, "MAX_AGE", 0)
    assert menu(client) == ["Have your say"]


def test_the_forum_is_gone_once_its_expiry_time_passes(forum_page, monkeypatch):
    forum_page.expire_at = timezone.now() + datetime.timedelta(hours=1)
    forum_page.save_revision().publish()
    assert ForumPage.current() == forum_page

    later = timezone.now() + datetime.timedelta(hours=2)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert ForumPage.current() is None


def test_each_site_is_found_for_its_own_host_name(client, home_page):
    in_menu(home_page, "Get involved")
    other_home = ContentPageFactory(parent=Page.get_first_root_node(), title="Wendlebridge", slug="wendlebridge")
    in_menu(other_home, "Wendlebridge news")
    Site.objects.create(hostname="wendlebridge.example", port=80, root_page=other_home)

    assert menu(client) == ["Get involved"]
    assert menu(client, host="wendlebridge.example") == ["Wendlebridge news"]
    assert menu(client) == ["Get involved"]


def test_a_deep_page_is_found_in_as_few_queries_as_a_shallow_one(client, home_page):
    shallow = ContentPageFactory(parent=home_page, title="About us", slug="about")
    board = ContentPageFactory(parent=shallow, title="Our board", slug="board")
    deep = ContentPageFactory(parent=board, title="Minutes", slug="minutes")
    for page in (shallow, deep):
        client.get(page.url)  # remembers where the live pages are

    counts = []
    for page in (shallow, deep):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(page.url).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_an_address_below_an_unpublished_page_is_still_found(client, home_page):
    hidden = ContentPageFactory(parent=home_page, title="Drafts", slug="drafts")
    child = ContentPageFactory(parent=hidden, title="Shown", slug="shown")
    hidden.unpublish()

    assert client.get("/drafts/").status_code == 404
    assert client.get("/drafts/shown/").status_code == 200
    assert client.get(child.url + "nothing-here/").status_code == 404


def breadcrumb(client, url):
    html = client.get(url).text
    return re.findall(r'class="nhsuk-breadcrumb__link" href="([^"]+)">([^<]+)<', html)


def test_a_renamed_section_shows_in_the_breadcrumbs_below_it_on_the_next_page_view(client, home_page):
    about = ContentPageFactory(parent=home_page, title="About us", slug="about")
    board = ContentPageFactory(parent=about, title="Our board", slug="board")
    minutes = ContentPageFactory(parent=board, title="Minutes", slug="minutes")
    assert breadcrumb(client, minutes.url) == [("/", "Home"), ("/about/", "About us"), ("/about/board/", "Our board")]

    board.title = "The board"
    board.save_revision().publish()

    assert breadcrumb(client, minutes.url)[-1] == ("/about/board/", "The board")
    with CaptureQueriesContext(connection) as queries:
        client.get(minutes.url)
    page_rows = [query for query in queries if 'FROM "wagtailcore_page"' in query["sql"]]
    assert page_rows == [], "its ancestors come from memory"
