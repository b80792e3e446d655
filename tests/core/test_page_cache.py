"""The anonymous page cache (core/page_cache.py), through real requests and the whole
middleware stack: kept pages skip the database, nothing personal is kept or served, and every
change a visitor could see forgets what was kept."""

import gzip
from urllib.parse import urlsplit

import pytest
from django.http import HttpResponse
from wagtail.models import Page, PageViewRestriction, Site

from core import published
from core.cache import RedisWithLocalFallback
from core.models import SiteSettings
from core.page_cache import _shareable_response, forget_all_pages
from demo.factories.consultations import (
    ConsultationIndexPageFactory,
    ConsultationPageFactory,
    ConsultationQuestionFactory,
)
from demo.factories.forum import start_thread
from forum import moderation, posting
from forum.models import Follow, HouseRule
from forum.notifying import unsubscribe_url

from .test_redis_cache import RETRY_AFTER, TIMEOUT, redis_server, wait_to_retry  # noqa: F401 (a fixture)


@pytest.fixture
def page_cache(db, settings, django_capture_on_commit_callbacks):
    settings.PAGE_CACHE_SECONDS = 300
    with django_capture_on_commit_callbacks(execute=True):
        forget_all_pages()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run a change as it runs on the server, where its request commits: purges wait for that."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def finder(home_page):
    return ConsultationIndexPageFactory(parent=home_page)


@pytest.fixture
def open_consultation(finder):
    consultation = ConsultationPageFactory(parent=finder, title="Night-time opening at the minor injuries unit")
    ConsultationQuestionFactory(page=consultation, label="What worries you about the change?")
    return consultation


def kept(client, url):
    """Visit `url` until it comes from the cache (twice at most); return the page's text."""
    first = client.get(url)
    assert first.status_code == 200
    if first["X-Page-Cache"] == "hit":
        return first.content.decode()
    assert first["X-Page-Cache"] == "miss", "the page was not kept"
    again = client.get(url)
    assert again["X-Page-Cache"] == "hit"
    return again.content.decode()


def fresh(client, url):
    """The next visit to `url`, which must be rendered again because something changed."""
    response = client.get(url)
    assert response.get("X-Page-Cache") != "hit", "an out-of-date page came from the cache"
    return response


# What is kept, and how it is served


def test_a_kept_page_is_served_without_touching_the_database(client, home_page, page_cache, django_assert_num_queries):
    first = client.get("/")
    assert first["X-Page-Cache"] == "miss"

    with django_assert_num_queries(0):
        again = client.get("/")

    assert again.status_code == 200
    assert again["X-Page-Cache"] == "hit"
    assert again.content == first.content
    assert again["Content-Type"] == first["Content-Type"]
    # A CDN in front may keep it for a minute; browsers ask again each time.
    assert again["Cache-Control"] == "public, max-age=0, s-maxage=60"


def test_browsers_that_take_gzip_get_a_compressed_copy_kept_apart(client, home_page, page_cache):
    plain = kept(client, "/")

    first = client.get("/", headers={"accept-encoding": "gzip, deflate, br"})
    again = client.get("/", headers={"accept-encoding": "gzip, deflate, br"})

    assert (first["X-Page-Cache"], again["X-Page-Cache"]) == ("miss", "hit")
    assert again["Content-Encoding"] == "gzip"
    assert gzip.decompress(again.content).decode() == plain
    assert client.get("/")["X-Page-Cache"] == "hit"
    assert "Content-Encoding" not in client.get("/")


def test_the_first_visit_after_a_change_is_not_kept(client, home_page, settings):
    """A request that began before the cache had a generation may have read older rows."""
    settings.PAGE_CACHE_SECONDS = 300
    assert "X-Page-Cache" not in client.get("/")
    assert client.get("/")["X-Page-Cache"] == "miss"
    assert client.get("/")["X-Page-Cache"] == "hit"


def test_the_cache_is_off_when_page_cache_seconds_is_zero(client, home_page, settings):
    settings.PAGE_CACHE_SECONDS = 0
    for _ in range(3):
        assert "X-Page-Cache" not in client.get("/")


def test_searches_filters_and_page_numbers_always_reach_the_site(client, home_page, page_cache):
    for _ in range(3):
        response = client.get("/?page=2")
        assert response.status_code == 200
        assert "X-Page-Cache" not in response


def test_a_missing_page_is_not_kept(client, home_page, page_cache):
    for _ in range(3):
        assert "X-Page-Cache" not in client.get("/no-such-page/")


# Nothing personal


def test_a_logged_in_person_is_never_served_a_kept_page_nor_leaves_theirs(client, home_page, page_cache, moderator):
    anonymous_page = kept(client, "/")

    client.force_login(moderator)
    theirs = client.get("/")
    assert "X-Page-Cache" not in theirs
    assert "private" in theirs["Cache-Control"]
    # Staff see Wagtail's user bar (edit this page, go to the admin) on public pages.
    assert "wagtail-userbar" in theirs.content.decode()
    assert "wagtail-userbar" not in anonymous_page

    client.logout()
    client.cookies.clear()
    again = client.get("/")
    assert again["X-Page-Cache"] == "hit"
    assert again.content.decode() == anonymous_page


def test_a_page_with_a_form_token_is_never_kept(client, home_page, page_cache):
    for _ in range(3):
        response = client.get("/accounts/signup/")
        assert response.status_code == 200
        assert "csrfmiddlewaretoken" in response.content.decode()
        assert "X-Page-Cache" not in response
        assert "private" in response["Cache-Control"]
        assert "csrftoken" in response.cookies


def test_a_consultation_with_its_questionnaire_is_never_kept(client, open_consultation, page_cache):
    for _ in range(3):
        response = client.get(open_consultation.url)
        assert response.status_code == 200
        assert "csrfmiddlewaretoken" in response.content.decode()
        assert "X-Page-Cache" not in response


def test_a_page_that_used_a_csp_nonce_is_never_kept(rf):
    """A nonce is for one response. django-csp's middleware, which may run outside ours and add
    its header after us, notes on the request that the page used one."""
    request = rf.get("/")
    page = HttpResponse("<script nonce='abc'>...</script>" * 10)
    assert _shareable_response(request, page)

    request._csp_nonce = "abc"
    assert not _shareable_response(request, page)
    page["Content-Security-Policy"] = "script-src 'self' 'nonce-abc'"
    assert not _shareable_response(rf.get("/"), page)


def test_a_members_unsubscribe_page_is_never_kept(client, page_cache, forum_page, thread, member):
    """It needs no log-in (the address is signed) and no form token, but it is one member's."""
    url = urlsplit(unsubscribe_url(Follow.objects.get(thread=thread.forum_thread, member=member), forum_page)).path
    for _ in range(3):
        response = client.get(url)
        assert response.status_code == 200
        assert "X-Page-Cache" not in response
        assert "private" in response["Cache-Control"]


def test_a_visitor_with_a_session_is_not_served_from_the_cache(client, home_page, page_cache):
    """Wagtail keeps a private page's password in the session, for one."""
    kept(client, "/")
    client.cookies["sessionid"] = "someone's session"
    assert "X-Page-Cache" not in client.get("/")


# Changes that show on pages forget what was kept


def test_publishing_a_page_shows_in_its_index_at_once(client, finder, open_consultation, page_cache, committed):
    assert "Parking at the hospital" not in kept(client, finder.url)

    draft = ConsultationPageFactory(parent=finder, title="Parking at the hospital", slug="parking", live=False)
    assert client.get(finder.url)["X-Page-Cache"] == "hit", "saving a draft shows nowhere"

    with committed():
        draft.save_revision().publish()

    assert "Parking at the hospital" in fresh(client, finder.url).content.decode()


def test_unpublishing_moving_and_deleting_a_page_show_at_once(client, finder, open_consultation, page_cache, committed):
    title = open_consultation.title
    elsewhere = ConsultationIndexPageFactory(parent=finder.get_parent(), title="Older consultations", slug="older")
    assert title in kept(client, finder.url)

    with committed():
        Page.objects.get(pk=open_consultation.pk).specific.unpublish()
    assert title not in fresh(client, finder.url).content.decode()

    with committed():
        Page.objects.get(pk=open_consultation.pk).specific.save_revision().publish()
    assert title in kept(client, finder.url)
    assert title not in kept(client, elsewhere.url)
    with committed():
        Page.objects.get(pk=open_consultation.pk).move(elsewhere, pos="last-child")
    assert title not in fresh(client, finder.url).content.decode()
    assert title in fresh(client, elsewhere.url).content.decode()

    kept(client, elsewhere.url)
    with committed():
        Page.objects.get(pk=open_consultation.pk).delete()
    assert title not in fresh(client, elsewhere.url).content.decode()


def test_changing_the_site_settings_shows_on_every_page(client, home_page, page_cache, committed):
    kept(client, "/")

    with committed():
        site_settings = SiteSettings.for_site(home_page.get_site())
        site_settings.organisation_name = "Wendlebridge Health Partnership"
        site_settings.save()

    assert "Wendlebridge Health Partnership" in fresh(client, "/").content.decode()


# Each change an editor can make, as it is made: the page they change is `open_consultation`.
EDITOR_CHANGES = {
    "publish": lambda page, finder: page.save_revision().publish(),
    "unpublish": lambda page, finder: page.unpublish(),
    "move": lambda page, finder: page.move(finder.get_parent(), pos="last-child"),
    "delete": lambda page, finder: page.delete(),
    "make private": lambda page, finder: PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    ),
    "rename the site": lambda page, finder: Site.objects.filter(is_default_site=True).first().save(),
    "change the settings": lambda page, finder: SiteSettings.for_site(page.get_site()).save(),
    "save a draft": lambda page, finder: page.save_revision(),
}


@pytest.mark.parametrize("change", EDITOR_CHANGES)
def test_kept_pages_and_remembered_facts_are_forgotten_together(
    client, finder, open_consultation, page_cache, committed, change
):
    """The page cache and core/published.py's facts answer to the same changes: a kept page
    that outlived a fact (or the other way round) would show the old menu, or an old page."""
    kept(client, finder.url)
    edition = published.current_edition()

    with committed():
        EDITOR_CHANGES[change](Page.objects.get(pk=open_consultation.pk).specific, finder)

    facts_forgotten = published.current_edition() != edition
    page_forgotten = client.get(finder.url)["X-Page-Cache"] != "hit"
    assert facts_forgotten == page_forgotten
    assert facts_forgotten == (change != "save a draft")


@pytest.fixture
def thread(forum_page, category, member):
    opening = start_thread(member, category=category, title="Night buses", text="The night bus is always late.")
    return opening


def test_a_logged_in_member_gets_their_own_thread_page_with_its_reply_form(
    client, page_cache, forum_page, thread, other_member
):
    url = forum_page.thread_url(thread.forum_thread)
    anonymous_page = kept(client, url)
    assert "csrfmiddlewaretoken" not in anonymous_page

    client.force_login(other_member)
    theirs = client.get(url)

    assert "X-Page-Cache" not in theirs
    assert "private" in theirs["Cache-Control"]
    assert "csrfmiddlewaretoken" in theirs.content.decode()
    client.logout()
    client.cookies.clear()
    assert kept(client, url) == anonymous_page


def test_a_public_reply_shows_on_the_thread_at_once(client, page_cache, committed, forum_page, thread, other_member):
    url = forum_page.thread_url(thread.forum_thread)
    kept(client, url)

    with committed():
        posting.reply(author=other_member, parent=thread, text="The 47 was on time tonight.")

    assert "The 47 was on time tonight." in fresh(client, url).content.decode()


def test_approving_hiding_and_editing_posts_show_at_once(
    client, page_cache, committed, forum_page, thread, newcomer, moderator
):
    url = forum_page.thread_url(thread.forum_thread)
    with committed():
        held = posting.reply(author=newcomer, parent=thread, text="Ask the driver to wait for you.")
    assert held.status == "held"
    assert "Ask the driver" not in kept(client, url)

    with committed():
        moderation.approve(held, moderator)
    assert "Ask the driver to wait for you." in fresh(client, url).content.decode()

    kept(client, url)
    with committed():
        posting.edit(thread, "The night bus is late on Sundays only.")
    assert "late on Sundays only" in fresh(client, url).content.decode()

    kept(client, url)
    with committed():
        moderation.remove(held, moderator, HouseRule.objects.get(page=forum_page, title="Be kind"))
    assert "Ask the driver to wait for you." not in fresh(client, url).content.decode()


def test_a_members_new_display_name_and_their_leaving_show_at_once(
    client, committing_client, page_cache, committed, forum_page, thread, member
):
    url = forum_page.thread_url(thread.forum_thread)
    assert "Bea" in kept(client, url)

    committing_client.force_login(member)
    response = committing_client.post("/accounts/display-name/", {"display_name": "Beatrice"})
    assert response.status_code == 302
    assert "Beatrice" in fresh(client, url).content.decode()

    kept(client, url)
    with committed():
        member.delete()
    assert "Beatrice" not in fresh(client, url).content.decode()


def test_a_new_post_held_for_a_moderator_keeps_the_cache(client, page_cache, committed, forum_page, thread, newcomer):
    url = forum_page.thread_url(thread.forum_thread)
    kept(client, url)

    with committed():
        posting.reply(author=newcomer, parent=thread, text="Ask the driver to wait for you.")

    assert client.get(url)["X-Page-Cache"] == "hit"


def test_with_redis_a_page_published_while_redis_hangs_shows_at_once_and_after(
    client, finder, open_consultation, page_cache, committed, settings, monkeypatch, request
):
    """Production's cache (core/cache.py): pages are kept in Redis; while it hangs, this
    process's memory answers, and the published page shows both then and once Redis is back."""
    redis = request.getfixturevalue("redis_server")
    monkeypatch.setattr(RedisWithLocalFallback, "retry_after", RETRY_AFTER)
    options = {"SOCKET_CONNECT_TIMEOUT": TIMEOUT, "SOCKET_TIMEOUT": TIMEOUT}
    settings.CACHES = {
        "default": {"BACKEND": "core.cache.RedisWithLocalFallback", "LOCATION": redis.url, "OPTIONS": options}
    }
    with committed():
        forget_all_pages()
    assert "Parking at the hospital" not in kept(client, finder.url)

    redis.pause()
    draft = ConsultationPageFactory(parent=finder, title="Parking at the hospital", slug="parking", live=False)
    with committed():
        draft.save_revision().publish()
    assert "Parking at the hospital" in fresh(client, finder.url).content.decode()

    redis.resume()
    wait_to_retry()
    assert "Parking at the hospital" in fresh(client, finder.url).content.decode()
