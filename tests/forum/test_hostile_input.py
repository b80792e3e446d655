"""Whatever a member sends to the forum's forms or puts in its addresses, the site answers with
a page or a clear message, never a server error; it stores nothing from what it refused,
stores what it accepted once, and shows it escaped. On SQLite and PostgreSQL alike. (The
forum search is in tests/search/test_any_query.py.) The strategies and the client are in
tests/hostile.py."""

from urllib.parse import quote

import pytest
from django.core.cache import cache
from hypothesis import example, given
from hypothesis import strategies as st

from demo.factories.consultations import ConsultationIndexPageFactory, ConsultationPageFactory
from demo.factories.forum import start_thread
from forum.models import Follow, Post, Report, Thread
from notifications.models import Notification
from tests.hostile import (
    CHARSETS,
    EXAMPLES,
    NUMBERS,
    QUERY_TEXT,
    form_data,
    last,
    query,
    raw_form,
    runs_no_markup,
    shows_escaped,
)

pytestmark = pytest.mark.django_db


def stored():
    return Thread.objects.count(), Post.objects.count(), Follow.objects.count(), Notification.objects.count()


@pytest.fixture
def conversation(forum_page, category, other_member, member):
    """Another member's conversation, which `member` (logged in) reads, replies to and reports."""
    return start_thread(other_member, category=category, title="Buses at night", text="Is there a night bus?")


@pytest.fixture
def logged_in(hostile, member):
    hostile.client.force_login(member)
    return hostile


@pytest.fixture
def consultation(home_page):
    """A consultation a conversation can be about."""
    return ConsultationPageFactory(parent=ConsultationIndexPageFactory(parent=home_page))


@EXAMPLES
@given(data=st.data())
def test_starting_a_conversation(logged_in, conversation, consultation, data):
    cache.clear()  # every example runs in one test: start each clear of the posting limits
    logged_in.get("/forum/new/", data.draw(query("category", "about")))
    sent = data.draw(
        form_data(
            {
                "title": "Taxis after midnight",
                "text": "Does anyone know a taxi firm that takes wheelchairs?",
                "category": str(conversation.forum_thread.category.pk),
                "about": str(consultation.pk),
                "website": "",
            }
        )
    )
    before = stored()

    response = logged_in.post("/forum/new/", sent)

    if response.status_code == 302 and not last(sent.get("website")):
        threads, posts, _follows, _notifications = before
        assert (Thread.objects.count(), Post.objects.count()) == (threads + 1, posts + 1)
        thread = Thread.objects.latest("pk")
        assert thread.title == last(sent["title"]).strip()
        page = logged_in.get(thread.get_absolute_url())
        assert shows_escaped(page, thread.title)
        assert runs_no_markup(page)
    else:
        assert stored() == before


@EXAMPLES
@given(data=st.data())
def test_replying(logged_in, conversation, data):
    cache.clear()
    sent = data.draw(form_data({"text": "There is one at 11pm from the station.", "website": ""}))
    before = stored()

    response = logged_in.post(f"/forum/posts/{conversation.pk}/reply/", sent)

    if response.status_code == 302 and not last(sent.get("website")):
        assert Post.objects.count() == before[1] + 1
        reply = Post.objects.latest("pk")
        assert reply.comment == last(sent["text"]).strip()
        assert runs_no_markup(logged_in.get(f"/forum/posts/{reply.pk}/", follow=True))
    else:
        assert stored() == before


@pytest.fixture
def own_post(conversation, member):
    return start_thread(member, category=conversation.forum_thread.category, title="Parking", text="Where can I park?")


@EXAMPLES
@given(data=st.data())
def test_editing_a_post(logged_in, own_post, data):
    cache.clear()
    Post.objects.filter(pk=own_post.pk).update(comment="Where can I park?")
    sent = data.draw(form_data({"text": "Where can I park at night?"}))

    response = logged_in.post(f"/forum/posts/{own_post.pk}/edit/", sent)

    own_post.refresh_from_db()
    if response.status_code == 302:
        assert own_post.comment == last(sent["text"]).strip()
    else:
        assert own_post.comment == "Where can I park?"


@EXAMPLES
@given(data=st.data())
def test_reporting_a_post(logged_in, conversation, data):
    Report.objects.all().delete()
    sent = data.draw(form_data({"reason": "unkind", "details": "It calls me names."}))

    response = logged_in.post(f"/forum/posts/{conversation.pk}/report/", sent)

    assert Report.objects.count() == (1 if reported(response) else 0)


def reported(response):
    """Whether the report page thanked them (the form page, shown again, says if they had)."""
    return response.status_code == 200 and "already_reported" not in response.context


@EXAMPLES
@given(data=st.data())
def test_following_and_unsubscribing(logged_in, conversation, member, data):
    thread = conversation.forum_thread
    Follow.objects.filter(thread=thread, member=member).delete()  # each example starts not following
    sent = data.draw(form_data({"follow": "yes"}))

    response = logged_in.post(f"/forum/threads/{thread.pk}/follow/", sent)

    # A post larger than any form (a megabyte in a field the form lacks) is refused unread (413).
    asked = last(sent.get("follow")) == "yes" and response.status_code != 413
    assert Follow.objects.filter(thread=thread, member=member).exists() == asked

    following = Follow.objects.count()
    signature = quote(data.draw(QUERY_TEXT), safe="")
    for send in [logged_in.get, logged_in.post]:
        assert send(f"/forum/unsubscribe/{thread.pk}/{member.pk}/{signature}/").status_code == 404
    assert Follow.objects.count() == following


@EXAMPLES
@given(data=st.data())
@example(data=None)
def test_listing_parameters(logged_in, conversation, own_post, data):
    """Sorting and pages in the listings and on a thread."""
    thread = conversation.forum_thread
    addresses = [
        ("/forum/", ("page", "sort")),
        (f"/forum/{thread.category.slug}/", ("page", "sort")),
        (thread.get_absolute_url(), ("page",)),
        (f"/forum/posts/{conversation.pk}/", ("page",)),
        (f"/forum/posts/{own_post.pk}/waiting/", ("posted",)),
    ]
    for url, names in addresses:
        logged_in.get(url, data.draw(query(*names)) if data else dict.fromkeys(names, ["\x00", "²"]))


ADDRESSES_WITH_IDS = [
    "/forum/posts/{number}/",
    "/forum/posts/{number}/reply/",
    "/forum/{category}/{number}-buses/",
    "/forum/unsubscribe/{number}/{number}/x/",
    "/forum/threads/{number}/follow/",
]


@EXAMPLES
@given(address=st.sampled_from(ADDRESSES_WITH_IDS), number=st.sampled_from(NUMBERS))
@example(address=ADDRESSES_WITH_IDS[0], number="9" * 40)
def test_numbers_that_are_not_ids_in_addresses(logged_in, conversation, address, number):
    """Too big for any column, below zero, or not whole numbers: not found."""
    url = address.format(number=number, category=conversation.forum_thread.category.slug)
    send = logged_in.post if url.endswith("/follow/") else logged_in.get

    assert send(url).status_code == 404


@EXAMPLES
@given(
    body=raw_form("title", "text", "category", "about", "reason", "details", "follow", "page", "sort"), charset=CHARSETS
)
@example(body=b"title=%ED%A0%80%ED%A0%80&text=\xff\xfe\xff&category=\xc0\x80", charset="utf-16")
def test_unreadable_bytes(logged_in, conversation, own_post, body, charset):
    """Forms and query strings in bytes no browser sends (invalid UTF-8, lone surrogates,
    broken percent signs), in any declared charset. Django reads bytes it cannot decode as
    "\ufffd", so now and then the bytes make a post that is taken (a redirect)."""
    cache.clear()
    Report.objects.all().delete()

    logged_in.get_raw(f"/forum/{conversation.forum_thread.category.slug}/", body)
    for url in ["/forum/new/", f"/forum/posts/{conversation.pk}/reply/", f"/forum/posts/{own_post.pk}/edit/"]:
        before = stored(), Post.objects.get(pk=own_post.pk).comment
        if logged_in.post_raw(url, body, charset).status_code != 302:
            assert (stored(), Post.objects.get(pk=own_post.pk).comment) == before
    response = logged_in.post_raw(f"/forum/posts/{conversation.pk}/report/", body, charset)
    assert Report.objects.count() == (1 if reported(response) else 0)
