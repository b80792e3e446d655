"""Public forum conversations are in /sitemap.xml, where search engines find every public page:
they are routes below the forum page, so Wagtail's own sitemap would miss them."""

import datetime
from urllib.parse import urlsplit

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from demo.factories.forum import start_thread
from forum import moderation, posting
from forum.models import Thread
from tests.stories.test_sitemap import sitemap_entries

pytestmark = pytest.mark.django_db


def address(thread):
    return f"http://localhost{thread.get_absolute_url()}"


def test_public_conversations_are_in_the_sitemap_with_their_latest_reply(
    client, forum_page, category, member, other_member, newcomer
):
    public = start_thread(member, category=category, title="Buses on Sundays").forum_thread
    posting.reply(author=other_member, parent=public.opening_post, text="The 42 runs hourly.")
    public.refresh_from_db()
    held = start_thread(newcomer, category=category, title="My first question").forum_thread  # waits for a moderator
    removed_post = start_thread(other_member, category=category, title="Something unkind")
    moderation.remove(removed_post, None, "Be kind")
    removed = Thread.objects.get(pk=removed_post.forum_thread.pk)
    assert not held.is_public and not removed.is_public

    entries = sitemap_entries(client)

    assert "http://localhost/forum/" in entries  # the forum page itself is still there
    assert address(public) in entries
    assert client.get(urlsplit(address(public)).path).status_code == 200
    lastmod = datetime.date.fromisoformat(entries[address(public)].text[:10])
    assert lastmod == timezone.localdate(public.last_activity_at)
    assert address(held) not in entries and address(removed) not in entries


def test_no_conversations_while_the_forum_is_kept_from_the_public(client, forum_page, category, member):
    thread = start_thread(member, category=category, title="Buses on Sundays").forum_thread
    url = address(thread)
    PageViewRestriction.objects.create(page=forum_page, restriction_type=PageViewRestriction.LOGIN)

    assert url not in sitemap_entries(client)
