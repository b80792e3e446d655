"""The forum in search: conversations and replies on the site search page and in the forum's
own search, /forum/search/. Only what anyone may read is found: a held, removed or deleted
post never is, and a post that is taken down drops out at once.

test_elasticsearch_live.py runs these again against a real Elasticsearch."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from demo.factories.people import MemberFactory
from forum import moderation, posting
from forum.models import Post, Status, Thread

from .pages import content_page
from .test_search_page import result_titles, search

pytestmark = pytest.mark.django_db

IN_THE_THREAD = "Reply in ‘Getting to hospital at night’"


def reply(parent, author, text):
    return posting.reply(author=author, parent=parent, text=text)


def permalink(forum_page, post):
    return forum_page.url + forum_page.reverse_subpage("permalink", kwargs={"post_id": post.pk})


def forum_search(client, forum_page, query, **params):
    response = client.get(forum_page.url + "search/", {"q": query, **params})
    assert response.status_code == 200
    return response


def test_a_word_in_a_reply_finds_the_reply_and_links_to_it(
    client, forum_page, opening_post, other_member, refresh_index
):
    answer = reply(opening_post, other_member, "The community minibus runs until midnight on weekdays.")
    assert answer.status == Status.PUBLISHED
    refresh_index()

    response = search(client, "minibus")

    assert result_titles(response) == [IN_THE_THREAD]
    html = response.content.decode()
    assert f'<a href="{permalink(forum_page, answer)}">' in html
    assert "The community <mark>minibus</mark> runs until midnight on weekdays." in html
    assert re.search(r"Reply – Posted \w+day \d+ \w+ \d{4}<", html)
    # The link lands on the reply inside its thread.
    landing = client.get(permalink(forum_page, answer))
    assert landing.status_code == 302
    assert landing["Location"] == f"{forum_page.thread_url(answer.forum_thread)}#post-{answer.pk}"


def test_a_conversation_is_found_by_its_title_and_its_opening_post(client, forum_page, opening_post, refresh_index):
    refresh_index()
    thread_url = forum_page.thread_url(opening_post.forum_thread)

    by_title = search(client, "hospital night")
    by_text = search(client, "buses")

    assert result_titles(by_title) == ["Getting to hospital at night"]
    assert result_titles(by_text) == ["Getting to hospital at night"]
    html = by_text.content.decode()
    assert f'<a href="{thread_url}">Getting to hospital at night</a>' in html
    assert "after the <mark>buses</mark> stop?" in html
    assert re.search(r"Conversation – Posted \w+day \d+ \w+ \d{4}<", html)


def test_a_held_post_is_never_found_until_a_moderator_approves_it(client, opening_post, moderator, refresh_index):
    newcomer = MemberFactory(display_name="Asha")
    held = reply(opening_post, newcomer, "Ask the receptionist about the volunteer drivers.")
    assert held.status == Status.HELD
    refresh_index()

    assert result_titles(search(client, "volunteer drivers")) == []

    moderation.approve(held, moderator)
    refresh_index()
    assert result_titles(search(client, "volunteer drivers")) == [IN_THE_THREAD]


def test_a_post_found_before_a_moderator_removes_it_is_not_found_after(
    client, opening_post, other_member, moderator, refresh_index
):
    rude = reply(opening_post, other_member, "Only a fool would take the shuttle.")
    refresh_index()
    assert result_titles(search(client, "shuttle")) == [IN_THE_THREAD]

    moderation.remove(rude, moderator, "Be kind")
    refresh_index()

    assert result_titles(search(client, "shuttle")) == []
    assert Post.objects.get(pk=rude.pk).status == Status.REMOVED


def test_removing_the_opening_post_hides_the_conversation_and_its_replies(
    client, opening_post, other_member, moderator, refresh_index
):
    reply(opening_post, other_member, "Taxis from the rank cost about twenty pounds.")
    refresh_index()
    assert len(result_titles(search(client, "taxis buses"))) == 2

    moderation.remove(opening_post, moderator, "Be kind")
    refresh_index()

    assert result_titles(search(client, "taxis")) == []
    assert result_titles(search(client, "buses")) == []


def test_a_deleted_post_is_not_found(client, opening_post, other_member, refresh_index):
    mine = reply(opening_post, other_member, "My neighbour drives me in her camper van.")
    refresh_index()
    assert result_titles(search(client, "camper van")) == [IN_THE_THREAD]

    posting.delete(mine)
    refresh_index()

    assert result_titles(search(client, "camper van")) == []


def test_hidden_posts_are_left_out_even_while_the_index_still_has_them(
    client, opening_post, other_member, refresh_index
):
    """The index can lag behind the posts (changes made in bulk send no signals; a search
    server may be catching up): what a search finds is checked against the posts themselves."""
    tram = reply(opening_post, other_member, "The tram stops at the hospital's front door.")
    bicycle = reply(opening_post, other_member, "There is a bicycle shelter by the main entrance.")
    refresh_index()
    Post.objects.filter(pk=tram.pk).update(status=Status.REMOVED)
    Post.objects.filter(pk=bicycle.pk).update(deleted_at=timezone.now())

    assert result_titles(search(client, "tram")) == []
    assert result_titles(search(client, "bicycle")) == []

    Post.objects.filter(pk=tram.pk).update(status=Status.PUBLISHED)
    assert result_titles(search(client, "tram")) == [IN_THE_THREAD]
    Thread.objects.filter(pk=opening_post.forum_thread_id).update(is_public=False)
    assert result_titles(search(client, "tram")) == []


def test_a_post_is_shown_as_text_never_as_markup(client, opening_post, other_member, refresh_index):
    reply(opening_post, other_member, "<script>alert('parking')</script> The car park is free after 8pm.")
    refresh_index()

    html = search(client, "parking car park").content.decode()

    assert "&lt;script&gt;alert(&#x27;<mark>parking</mark>&#x27;)&lt;/script&gt; The <mark>car</mark>" in html
    assert "<script>alert" not in html


def test_nothing_from_the_forum_is_found_while_the_forum_page_is_unpublished(
    client, forum_page, opening_post, refresh_index
):
    refresh_index()
    assert result_titles(search(client, "buses")) == ["Getting to hospital at night"]

    forum_page.unpublish()

    assert result_titles(search(client, "buses")) == []


def test_filter_conversations_or_replies(client, opening_post, other_member, refresh_index):
    reply(opening_post, other_member, "Buses at night are rare, but the hospital shuttle is free.")
    refresh_index()

    assert len(result_titles(search(client, "buses"))) == 2
    assert result_titles(search(client, "buses", kind="conversation")) == ["Getting to hospital at night"]
    assert result_titles(search(client, "buses", kind="reply")) == [IN_THE_THREAD]


def test_pages_and_posts_are_listed_together_newest_first(client, home_page, opening_post, other_member, refresh_index):
    now = timezone.now()
    content_page(home_page, "Hospital transport", summary="Who can get a lift to hospital.")
    Post.objects.filter(pk=opening_post.pk).update(submit_date=now - datetime.timedelta(days=2))
    content_page(
        home_page,
        "Parking at the hospital",
        summary="Parking is free at night.",
        first_published_at=now - datetime.timedelta(days=1),
    )
    answer = reply(opening_post, other_member, "Ask about hospital transport when you book.")
    Post.objects.filter(pk=answer.pk).update(submit_date=now - datetime.timedelta(days=3))
    # Bulk changes are not indexed by themselves.
    for post in Post.objects.filter(pk__in=[opening_post.pk, answer.pk]):
        post.save()
    refresh_index()

    assert result_titles(search(client, "hospital", sort="newest")) == [
        "Hospital transport",
        "Parking at the hospital",
        "Getting to hospital at night",
        IN_THE_THREAD,
    ]


def test_a_page_comes_before_a_post_that_matches_as_well(client, home_page, opening_post, other_member, refresh_index):
    """A page is what the organisation says; a post is what one member says."""
    reply(opening_post, other_member, "Batteries for hearing aids are free at Kellsmoor library.")
    content_page(home_page, "Help with hearing", summary="Batteries for hearing aids are free at Kellsmoor library.")
    refresh_index()

    assert result_titles(search(client, "hearing aids batteries")) == ["Help with hearing", IN_THE_THREAD]


def test_a_page_of_forum_results_takes_the_same_number_of_queries_however_many_there_are(
    client, home_page, forum_page, category, member, other_member
):
    def make_conversations(word, count):
        for number in range(count):
            opening = posting.start_thread(
                author=member, category=category, title=f"{word} question {number}", text=f"Who knows about {word}?"
            )
            reply(opening, other_member, f"I asked the {word} team.")
            content_page(home_page, f"{word} {number}", summary=f"About {word}.")

    make_conversations("glaucoma", 1)
    make_conversations("cataract", 3)
    search(client, "warm-up")  # fills Wagtail's caches of sites and content types

    with CaptureQueriesContext(connection) as few:
        assert len(result_titles(search(client, "glaucoma"))) == 3
    with CaptureQueriesContext(connection) as many:
        assert len(result_titles(search(client, "cataract"))) == 9

    assert len(many) == len(few)


def test_the_forum_search_finds_only_conversations_and_replies(
    client, home_page, forum_page, opening_post, other_member, refresh_index
):
    content_page(home_page, "Night buses", summary="Buses that run at night.")
    answer = reply(opening_post, other_member, "The night buses leave from stand C.")
    refresh_index()

    in_forum = forum_search(client, forum_page, "night buses")
    on_site = search(client, "night buses")

    assert sorted(result_titles(in_forum)) == ["Getting to hospital at night", IN_THE_THREAD]
    assert sorted(result_titles(on_site)) == ["Getting to hospital at night", "Night buses", IN_THE_THREAD]
    html = in_forum.content.decode()
    assert f'href="{permalink(forum_page, answer)}"' in html
    # The forum's breadcrumb, and filters for the forum's kinds only.
    start = html.index('class="nhsuk-breadcrumb"')
    breadcrumb = html[start : html.index("</nav>", start)]
    assert f'href="{forum_page.url}">Forum</a>' in breadcrumb
    assert 'value="conversation"' in html
    assert 'value="reply"' in html
    assert 'value="consultation"' not in html
    assert f'action="{forum_page.url}search/"' in html
    # A kind from the site search (an edited address) is ignored, not an error.
    assert len(result_titles(forum_search(client, forum_page, "night buses", kind="information"))) == 2
    assert result_titles(forum_search(client, forum_page, "night buses", kind="reply")) == [IN_THE_THREAD]


def test_the_forum_search_pages_its_results(client, forum_page, opening_post, other_member, refresh_index):
    for number in range(11):
        reply(opening_post, other_member, f"Wheelchair taxi firm number {number} takes bookings.")
    refresh_index()

    first = forum_search(client, forum_page, "wheelchair", sort="newest")
    second = forum_search(client, forum_page, "wheelchair", sort="newest", page=2)

    assert len(result_titles(first)) == 10
    assert "11 results for ‘wheelchair’" in first.content.decode()
    assert 'href="?q=wheelchair&amp;sort=newest&amp;page=2"' in first.content.decode()
    assert len(result_titles(second)) == 1


def test_the_forum_search_without_words_or_results_says_what_to_do(client, forum_page, opening_post):
    empty = forum_search(client, forum_page, "").content.decode()
    assert "<h1>Search the forum</h1>" in empty
    assert "Type a word or a few words to find conversations and replies" in empty
    assert 'id="results-heading"' not in empty

    nothing = forum_search(client, forum_page, "xylophone").content.decode()
    assert "0 results for ‘xylophone’" in nothing
    assert "We could not find any conversations or replies that match your search." in nothing
    assert '<a href="/search/?q=xylophone">search the whole site for ‘xylophone’</a>' in nothing
    assert f'href="{forum_page.url}new/"' in nothing


@pytest.mark.skipif(connection.vendor != "postgresql", reason="The index-only ranking is for PostgreSQL")
def test_on_postgresql_posts_are_ranked_in_the_index_with_wagtails_own_scores(opening_post, other_member):
    """forum/search_ranking.py ranks posts without Wagtail's query; its scores must be Wagtail's,
    or merging them with the pages' scores would put results in the wrong order."""
    from wagtail.search.backends import get_search_backend

    from forum.search_kinds import visible_posts
    from forum.search_ranking import PostSearch

    reply(opening_post, other_member, "Night buses, night buses: the night buses are late.")
    reply(opening_post, other_member, "The night buses run every hour.")
    held = reply(opening_post, MemberFactory(), "Night buses are never on time.")
    assert held.status == Status.HELD

    ours = PostSearch("night buses").annotate_score("score")
    wagtails = get_search_backend().search("night buses", visible_posts()).annotate_score("score")

    assert ours.count() == wagtails.count() == 3
    assert [(post.pk, pytest.approx(post.score)) for post in ours[:10]] == [
        (post.pk, post.score) for post in wagtails[:10]
    ]


def test_forum_searches_count_in_the_editors_statistics(client, forum_page, opening_post):
    from wagtail.contrib.search_promotions.models import Query

    from search.models import NoResultsDailyHits

    client.get("/forum/search/?q=helicopter")
    client.get("/forum/search/?q=hospital")
    client.get("/forum/search/?q=hospital&page=2")

    assert Query.get("hospital").hits == 1
    assert NoResultsDailyHits.objects.filter(query__query_string="helicopter").exists()
    assert not NoResultsDailyHits.objects.filter(query__query_string="hospital").exists()
    assert "Search the forum" in client.get("/forum/search/").content.decode()
