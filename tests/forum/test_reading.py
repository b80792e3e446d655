"""Reading the forum: the front page, categories, threads, nesting, permalinks and what
stands in the place of deleted, removed and held posts."""

import pytest
from django.utils import timezone

from demo.factories.forum import CategoryFactory, start_thread
from forum import moderation, posting
from forum.views.browse import BRANCHES_PER_PAGE


def test_front_page_shows_intro_categories_latest_threads_and_house_rules(
    client, forum_page, category, member, newcomer
):
    start_thread(member, category=category, title="Night buses to Kellsmoor")
    start_thread(newcomer, category=category, title="My first question")  # held

    html = client.get("/forum/").content.decode()

    assert "Talk about local health services." in html
    assert "Getting to hospital" in html
    assert "Night buses to Kellsmoor" in html
    assert "My first question" not in html
    assert "Keep personal details private" in html


def test_category_sorts_by_activity_newest_and_most_replies(client, forum_page, category, member, other_member):
    quiet = start_thread(member, category=category, title="Quiet thread")
    busy = start_thread(member, category=category, title="Busy thread")
    posting.reply(author=other_member, parent=busy, text="One")
    posting.reply(author=other_member, parent=busy, text="Two")
    posting.reply(author=other_member, parent=quiet, text="Latest word")

    def titles(sort):
        html = client.get(f"/forum/transport/?sort={sort}").content.decode()
        return sorted(["Quiet thread", "Busy thread"], key=html.index)

    assert titles("activity") == ["Quiet thread", "Busy thread"]
    assert titles("newest") == ["Busy thread", "Quiet thread"]
    assert titles("replies") == ["Busy thread", "Quiet thread"]
    assert "2 replies" in client.get("/forum/transport/").content.decode()


def test_category_pages_through_many_threads(client, forum_page, category, member):
    for number in range(21):
        start_thread(member, category=category, title=f"Thread number {number:02}")

    first = client.get("/forum/transport/").content.decode()
    second = client.get("/forum/transport/?page=2").content.decode()

    assert "Thread number 20" in first and "Thread number 00" not in first
    assert "Thread number 00" in second


def test_thread_nests_replies_with_permalinks(client, forum_page, category, member, other_member):
    opening = start_thread(member, category=category, title="Taxi scheme", text="Who can use the taxi scheme?")
    answer = posting.reply(author=other_member, parent=opening, text="Anyone leaving the unit at night.")
    follow_up = posting.reply(author=member, parent=answer, text="Even without a car?")

    response = client.get(f"/forum/transport/{opening.forum_thread_id}-taxi-scheme/")
    html = response.content.decode()

    assert f'id="post-{answer.pk}"' in html and f'id="post-{follow_up.pk}"' in html
    assert html.index("Anyone leaving the unit") < html.index("Even without a car?")
    # The follow-up sits in a list inside the answer's list item.
    answer_item = html[html.index(f'id="post-{answer.pk}"') :]
    assert answer_item.index('class="forum-thread__replies"') < answer_item.index(f'id="post-{follow_up.pk}"')
    assert f"/forum/posts/{follow_up.pk}/" in html


def test_wrong_slug_redirects_to_the_thread_address(client, forum_page, category, member):
    thread = start_thread(member, category=category, title="Taxi scheme").forum_thread
    response = client.get(f"/forum/transport/{thread.pk}-old-title/")
    assert response.status_code == 301
    assert response["Location"] == f"/forum/transport/{thread.pk}-taxi-scheme/"


def test_permalink_goes_to_the_page_of_the_thread_holding_the_reply(client, forum_page, category, member, other_member):
    opening = start_thread(member, category=category, title="Long thread")
    replies = [
        posting.reply(author=other_member, parent=opening, text=f"Reply {n}") for n in range(BRANCHES_PER_PAGE + 1)
    ]
    nested = posting.reply(author=member, parent=replies[-1], text="Nested on page two")

    response = client.get(f"/forum/posts/{nested.pk}/")

    assert response["Location"] == f"/forum/transport/{opening.forum_thread_id}-long-thread/?page=2#post-{nested.pk}"
    assert "Nested on page two" in client.get(response["Location"].split("#")[0]).content.decode()


def test_a_deleted_post_keeps_its_replies(client, forum_page, category, member, other_member):
    opening = start_thread(member, category=category, title="Parking")
    first = posting.reply(author=other_member, parent=opening, text="Parking costs too much.")
    posting.reply(author=member, parent=first, text="I agree with you.")
    posting.delete(first)

    html = client.get(opening.forum_thread.get_absolute_url()).content.decode()

    assert "deleted by the author" in html
    assert "Parking costs too much." not in html
    assert "I agree with you." in html


def test_a_removed_post_shows_the_rule_it_broke(client, forum_page, category, member, other_member, moderator):
    opening = start_thread(member, category=category, title="Parking")
    rude = posting.reply(author=other_member, parent=opening, text="Something rude.")
    moderation.remove(rude, moderator, "Be kind")

    html = client.get(opening.forum_thread.get_absolute_url()).content.decode()

    assert "Something rude." not in html
    assert "broke the house rule: Be kind" in html


def test_a_held_reply_is_seen_only_by_its_author(client, forum_page, category, member, newcomer):
    opening = start_thread(member, category=category, title="Parking")
    held = posting.reply(author=newcomer, parent=opening, text="My first reply.")
    url = opening.forum_thread.get_absolute_url()

    assert "My first reply." not in client.get(url).content.decode()
    client.force_login(newcomer)
    html = client.get(url).content.decode()
    assert "My first reply." in html
    assert "Only you can see this post for now" in html
    assert f"/forum/posts/{held.pk}/waiting/" in html


def test_staff_posts_carry_the_official_response_badge(client, forum_page, category, member, django_user_model):
    from django.contrib.auth.models import Group

    staff = django_user_model.objects.create_user(
        email="team@example.org", password="x", display_name="ICB engagement team"
    )
    staff.groups.add(Group.objects.get(name="Editors"))
    opening = start_thread(member, category=category, title="Crisis café hours")
    posting.reply(author=staff, parent=opening, text="The café is open 6pm to midnight.")

    html = client.get(opening.forum_thread.get_absolute_url()).content.decode()

    assert html.count("Official response") == 1
    assert "The café is open 6pm to midnight." in html


def test_post_text_is_escaped_and_links_are_nofollow(client, forum_page, category, member):
    opening = start_thread(
        member, category=category, title="Links", text="See https://example.org/info\n\n<script>alert('x')</script>"
    )
    html = client.get(opening.forum_thread.get_absolute_url()).content.decode()

    assert '<a href="https://example.org/info" rel="nofollow ugc">https://example.org/info</a>' in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "<script>alert" not in html


def test_consultation_pages_list_their_threads_and_invite_a_new_one(client, forum_page, member, home_page):
    from demo.factories.consultations import ConsultationPageFactory

    consultation = ConsultationPageFactory(parent=home_page, title="Birth centre move")
    start_thread(member, category=CategoryFactory(), title="Parking at the new birth centre", about=consultation)

    html = client.get(consultation.url).content.decode()

    assert "Parking at the new birth centre" in html
    assert f"/forum/new/?about={consultation.pk}" in html


@pytest.mark.parametrize("minutes, editable", [(29, True), (31, False)])
def test_edit_link_only_within_half_an_hour(client, forum_page, category, member, minutes, editable):
    opening = start_thread(member, category=category, title="Edits")
    type(opening).objects.filter(pk=opening.pk).update(submit_date=timezone.now() - timezone.timedelta(minutes=minutes))
    client.force_login(member)

    html = client.get(opening.forum_thread.get_absolute_url()).content.decode()

    assert (f"/forum/posts/{opening.pk}/edit/" in html) is editable


def test_moderators_read_held_posts_in_place(client, forum_page, category, newcomer, moderator):
    held = start_thread(newcomer, category=category, title="First thread", text="Words to check")
    client.force_login(moderator)

    response = client.get(f"/forum/posts/{held.pk}/", follow=True)

    assert response.status_code == 200
    assert "Words to check" in response.content.decode()


@pytest.mark.parametrize("number", ["2147483648", "9" * 40])
@pytest.mark.parametrize("address", ["/forum/posts/{}/", "/forum/posts/{}/reply/", "/forum/transport/{}-buses/"])
def test_an_address_with_a_number_too_big_to_be_a_post_is_not_found(client, forum_page, category, address, number):
    """A number over 2**63 in a post's address once reached SQLite, which cannot take it: a 500."""
    assert client.get(address.format(number)).status_code == 404
