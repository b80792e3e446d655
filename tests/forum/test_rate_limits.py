"""Abuse limits, with Discourse's defaults as the floor: new accounts may post once every
30 seconds and reply 10 times in their first day; others once every 5 seconds."""

from django.core.cache import cache
from django.utils import timezone

from forum.factories import start_thread
from forum.models import Post


def _reply(client, parent, text):
    return client.post(f"/forum/posts/{parent.pk}/reply/", {"text": text})


def test_a_second_post_straight_away_gets_the_friendly_429_page(client, forum_page, category, member, other_member):
    opening = start_thread(other_member, category=category, title="Rates")
    client.force_login(member)

    assert _reply(client, opening, "First").status_code == 302
    response = _reply(client, opening, "Second")

    assert response.status_code == 429
    assert "Please wait a moment" in response.content.decode()
    assert not Post.objects.filter(comment="Second").exists()


def test_older_accounts_wait_5_seconds_new_ones_30(member):
    from forum.limits import MEMBER_RATE, NEW_MEMBER_RATE, _rate_for

    class Request:
        user = member

    assert _rate_for("forum-post", Request) == NEW_MEMBER_RATE == "1/30s"
    member.date_joined = timezone.now() - timezone.timedelta(days=2)
    assert _rate_for("forum-post", Request) == MEMBER_RATE == "1/5s"


def test_a_new_account_replies_at_most_10_times_on_its_first_day(client, forum_page, category, member, other_member):
    opening = start_thread(other_member, category=category, title="Chatty")
    client.force_login(member)
    already = Post.objects.filter(user=member, level__gt=0).count()  # the welcome reply
    for number in range(10 - already):
        cache.clear()  # as if 30 seconds had passed each time
        assert _reply(client, opening, f"Reply {number}").status_code == 302

    cache.clear()
    assert _reply(client, opening, "One too many").status_code == 429

    member.date_joined = timezone.now() - timezone.timedelta(days=2)
    member.save()
    cache.clear()
    assert _reply(client, opening, "The next day").status_code == 302
