"""Abuse limits, with Discourse's defaults as the floor: new accounts may post once every
30 seconds and reply 10 times in their first day; others once every 5 seconds."""

import re

from django.core.cache import cache
from django.utils import timezone

from demo.factories.forum import start_thread
from forum.models import Post, Thread


def _reply(client, parent, text):
    return client.post(f"/forum/posts/{parent.pk}/reply/", {"text": text})


def _kept(response, words):
    """The form came back refused by the limit, with the words still in it."""
    html = response.content.decode()
    assert response.status_code == 429
    assert re.search(r"Please wait \d+ seconds, then send it again\. We have kept what you wrote\.", html)
    assert re.search(rf"<textarea [^>]*>\s*{re.escape(words)}</textarea>", html)
    return html


def test_a_second_reply_straight_away_comes_back_with_its_words_and_the_wait(
    client, forum_page, category, member, other_member
):
    opening = start_thread(other_member, category=category, title="Rates")
    client.force_login(member)

    assert _reply(client, opening, "First").status_code == 302
    html = _kept(_reply(client, opening, "Second thoughts on the buses"), "Second thoughts on the buses")

    assert "There is a problem" in html
    assert "Get help now" not in html and "116 123" not in html
    assert not Post.objects.filter(comment="Second thoughts on the buses").exists()


def test_a_refused_crisis_reply_shows_where_to_get_help_now(client, forum_page, category, member, other_member):
    opening = start_thread(other_member, category=category, title="Evenings")
    client.force_login(member)
    _reply(client, opening, "First")

    html = _kept(_reply(client, opening, "Some nights I want to end my life"), "Some nights I want to end my life")

    assert 'href="tel:999"' in html
    assert 'href="tel:111"' in html
    assert "Samaritans" in html and 'href="tel:116123"' in html
    assert not Post.objects.filter(comment__contains="end my life").exists()


def test_a_refused_new_conversation_keeps_its_title_and_words(client, forum_page, category, member):
    client.force_login(member)
    form = {"title": "First of two", "category": category.pk, "text": "Opening words", "about": ""}
    assert client.post("/forum/new/", form).status_code == 302

    form.update(title="I feel suicidal tonight", text="Nobody listens")
    html = _kept(client.post("/forum/new/", form), "Nobody listens")

    assert 'value="I feel suicidal tonight"' in html
    assert 'href="tel:999"' in html  # the title worries us as much as the text would
    assert not Thread.objects.filter(title="I feel suicidal tonight").exists()


def test_a_refused_edit_keeps_the_changed_words(client, forum_page, category, member):
    post = start_thread(member, category=category, title="Edits", text="Typo in here")
    client.force_login(member)
    edit = f"/forum/posts/{post.pk}/edit/"
    assert client.post(edit, {"text": "Typo fixed"}).status_code == 302

    _kept(client.post(edit, {"text": "Typo fixed twice"}), "Typo fixed twice")

    post.refresh_from_db()
    assert post.comment == "Typo fixed"


def _wait_named(response):
    return int(re.search(r"Please wait (\d+) seconds", response.content.decode()).group(1))


def test_new_accounts_wait_30_seconds_between_posts_older_ones_5(client, forum_page, category, member, other_member):
    opening = start_thread(other_member, category=category, title="Waits")
    client.force_login(member)
    _reply(client, opening, "First")
    assert 25 <= _wait_named(_reply(client, opening, "Second")) <= 30

    member.date_joined = timezone.now() - timezone.timedelta(days=2)
    member.save()
    cache.clear()
    _reply(client, opening, "Third")
    assert 1 <= _wait_named(_reply(client, opening, "Fourth")) <= 5


def test_a_new_account_replies_at_most_10_times_on_its_first_day(client, forum_page, category, member, other_member):
    opening = start_thread(other_member, category=category, title="Chatty")
    client.force_login(member)
    already = Post.objects.filter(user=member, level__gt=0).count()  # the welcome reply
    for number in range(10 - already):
        cache.clear()  # as if 30 seconds had passed each time
        assert _reply(client, opening, f"Reply {number}").status_code == 302

    cache.clear()
    html = _reply(client, opening, "One too many").content.decode()
    assert "Please wait 24 hours, then send it again" in html

    member.date_joined = timezone.now() - timezone.timedelta(days=2)
    member.save()
    cache.clear()
    assert _reply(client, opening, "The next day").status_code == 302
