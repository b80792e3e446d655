"""Taking part through the web pages: starting a thread, replying at every depth, editing,
deleting, and the clear messages for text that is too long or people who cannot post."""

import datetime

import pytest
from django.core.cache import cache
from django.forms import modelform_factory
from django.utils import timezone

from demo.factories.forum import start_thread
from demo.factories.people import UserFactory
from forum import moderation, posting
from forum.models import Post, Sanction, Status, Thread


@pytest.fixture
def logged_in(client, member):
    client.force_login(member)
    return client


def test_a_member_starts_a_thread_and_lands_on_it(logged_in, forum_page, category):
    response = logged_in.post(
        "/forum/new/", {"title": "Buses to the hospital", "category": category.pk, "text": "Is there a night bus?"}
    )

    thread = Thread.objects.get(title="Buses to the hospital")
    assert response.status_code == 302
    page = logged_in.get(response["Location"], follow=True).content.decode()
    assert "Is there a night bus?" in page
    assert thread.follows.filter(member__display_name="Bea").exists()


def test_a_thread_can_be_about_a_consultation(logged_in, forum_page, category, home_page):
    from demo.factories.consultations import ConsultationPageFactory

    consultation = ConsultationPageFactory(parent=home_page, title="Birth centre move")
    form = logged_in.get(f"/forum/new/?about={consultation.pk}").content.decode()
    assert f'<option value="{consultation.pk}" selected>Birth centre move</option>' in form

    logged_in.post(
        "/forum/new/",
        {
            "title": "Parking at the birth centre",
            "category": category.pk,
            "text": "Where do we park?",
            "about": consultation.pk,
        },
    )
    assert Thread.objects.get(title="Parking at the birth centre").about_id == consultation.pk


def test_missing_and_too_long_fields_get_clear_messages_and_nothing_is_lost(logged_in, forum_page, category):
    response = logged_in.post("/forum/new/", {"title": "", "category": category.pk, "text": "x" * 3001})
    html = response.content.decode()

    assert response.status_code == 200
    assert "There is a problem" in html
    assert "Please give your conversation a title" in html
    assert "Your post must be 3000 characters or fewer. It has 3001." in html
    assert "x" * 3001 in html  # what they wrote is still in the box
    assert not Thread.objects.exists() or not Thread.objects.filter(title="").exists()


def test_replies_nest_to_depth_three_and_no_deeper(logged_in, forum_page, category, member, other_member):
    opening = start_thread(other_member, category=category, title="Depth")
    parent = opening
    for depth in (1, 2, 3):
        cache.clear()  # as if the member waited out the posting rate limit
        response = logged_in.post(f"/forum/posts/{parent.pk}/reply/", {"text": f"Reply at depth {depth}"})
        assert response.status_code == 302
        parent = Post.objects.get(comment=f"Reply at depth {depth}")
        assert parent.level == depth

    page = logged_in.get(f"/forum/posts/{parent.pk}/reply/")
    assert page.status_code == 404
    assert "cannot be changed or answered" in page.content.decode()
    assert logged_in.post(f"/forum/posts/{parent.pk}/reply/", {"text": "Too deep"}).status_code == 404
    assert not Post.objects.filter(comment="Too deep").exists()


def test_the_reply_page_works_without_javascript(logged_in, forum_page, category, other_member):
    opening = start_thread(other_member, category=category, title="No script")
    answer = posting.reply(author=other_member, parent=opening, text="An answer to reply to.")

    html = logged_in.get(f"/forum/posts/{answer.pk}/reply/").content.decode()

    assert "Reply to Chen" in html
    assert "An answer to reply to." in html
    assert f'action="/forum/posts/{answer.pk}/reply/"' in html
    assert 'name="csrfmiddlewaretoken"' in html


def test_an_author_edits_within_half_an_hour_and_the_post_says_edited(logged_in, forum_page, category, member):
    opening = start_thread(member, category=category, title="Edits", text="First words")

    response = logged_in.post(f"/forum/posts/{opening.pk}/edit/", {"text": "Better words"})

    assert response.status_code == 302
    html = logged_in.get(response["Location"], follow=True).content.decode()
    assert "Better words" in html and "First words" not in html
    assert "edited" in html


def test_editing_after_half_an_hour_is_refused(logged_in, forum_page, category, member):
    opening = start_thread(member, category=category, title="Edits", text="First words")
    Post.objects.filter(pk=opening.pk).update(submit_date=timezone.now() - timezone.timedelta(minutes=31))

    assert logged_in.post(f"/forum/posts/{opening.pk}/edit/", {"text": "Late change"}).status_code == 403
    assert Post.objects.get(pk=opening.pk).comment == "First words"


def test_nobody_edits_or_deletes_someone_elses_post(logged_in, forum_page, category, other_member):
    opening = start_thread(other_member, category=category, title="Not yours", text="Mine")

    assert logged_in.post(f"/forum/posts/{opening.pk}/edit/", {"text": "Hijack"}).status_code == 403
    assert logged_in.post(f"/forum/posts/{opening.pk}/delete/").status_code == 403
    assert Post.objects.get(pk=opening.pk).comment == "Mine"


def test_an_author_deletes_their_post_after_confirming(logged_in, forum_page, category, member, other_member):
    opening = start_thread(other_member, category=category, title="Deleting")
    mine = posting.reply(author=member, parent=opening, text="I said too much.")

    assert "Delete your post?" in logged_in.get(f"/forum/posts/{mine.pk}/delete/").content.decode()
    response = logged_in.post(f"/forum/posts/{mine.pk}/delete/")

    mine.refresh_from_db()
    assert "Your post has been deleted" in response.content.decode()
    assert mine.is_deleted and mine.comment == ""


def test_visitors_are_asked_to_log_in_before_posting(client, forum_page, category, other_member):
    opening = start_thread(other_member, category=category, title="Log in first")

    assert client.get("/forum/new/")["Location"].startswith("/accounts/login/?next=/forum/new/")
    assert "Log in</a> or" in client.get(opening.forum_thread.get_absolute_url()).content.decode()
    assert client.post(f"/forum/posts/{opening.pk}/reply/", {"text": "Hello"})["Location"].startswith(
        "/accounts/login/"
    )


def test_an_unconfirmed_account_cannot_post(client, forum_page, category):
    client.force_login(UserFactory(display_name="Unconfirmed"))

    response = client.post("/forum/new/", {"title": "Hello there", "category": category.pk, "text": "Hi"})

    assert response.status_code == 403
    assert "confirm your e-mail address" in response.content.decode()
    assert not Thread.objects.filter(title="Hello there").exists()


def test_a_suspended_member_is_told_until_when(logged_in, forum_page, category, member, moderator):
    """In the site's one date style ("Friday 5 March 2027, 6pm"), never "5 march 2027, 6pm"."""
    day = timezone.localdate() + datetime.timedelta(days=3)
    until = timezone.make_aware(datetime.datetime.combine(day, datetime.time(18)))
    moderation.suspend(member, moderator, until=until, reason="Rude posts")

    response = logged_in.post("/forum/new/", {"title": "Back again", "category": category.pk, "text": "Hello"})

    assert response.status_code == 403
    assert f"paused your posting until {day:%A} {day.day} {day:%B %Y}, 6pm." in response.content.decode()
    assert Sanction.objects.in_force().filter(member=member).exists()


def test_the_honeypot_turns_bots_away_without_storing_anything(logged_in, forum_page, category):
    response = logged_in.post(
        "/forum/new/", {"title": "Cheap pills", "category": category.pk, "text": "Buy now", "website": "spam.example"}
    )

    assert response.status_code == 400
    assert not Thread.objects.filter(title="Cheap pills").exists()


def test_a_held_thread_tells_its_author_why(client, forum_page, category, newcomer):
    client.force_login(newcomer)

    response = client.post("/forum/new/", {"title": "First post", "category": category.pk, "text": "Hello all"})
    assert response.status_code == 302  # so that reloading the page cannot post it twice

    html = client.get(response["Location"]).content.decode()
    assert "Your post is waiting for a moderator" in html
    assert "first posts" in html
    assert Post.objects.get(comment="Hello all").status == Status.HELD


@pytest.mark.parametrize(
    "query",
    [
        "about=not-a-number&category=nowhere",
        "category=%00",
        "about=%C2%B2",  # "²", a digit to str.isdigit() but not to int()
        "about=99999999999999999999",
        "about=-1&category=" + "a" * 5000,
    ],
)
def test_a_mangled_start_thread_address_still_shows_the_form(logged_in, forum_page, category, query):
    response = logged_in.get(f"/forum/new/?{query}")

    assert response.status_code == 200
    assert response.context["form"].initial == {"category": None, "about": None}


def test_the_start_thread_address_can_choose_the_category(logged_in, forum_page, category):
    response = logged_in.get(f"/forum/new/?category={category.slug}")

    assert response.context["form"].initial["category"] == category


@pytest.mark.parametrize("title", ["Buses\nto the hospital", "Buses to\rthe hospital", "Buses\x07 to the hospital"])
def test_a_title_with_a_line_break_or_control_character_is_refused(logged_in, forum_page, category, title):
    """A line break in a title once stopped every follower's e-mail about the thread for good."""
    response = logged_in.post("/forum/new/", {"title": title, "category": category.pk, "text": "Is there a bus?"})

    assert response.status_code == 200
    assert response.context["form"].errors["title"] == [
        "Use letters, numbers and punctuation only, on one line, without tabs or line breaks"
    ]
    assert not Thread.objects.filter(title__startswith="Buses").exists()


def test_any_form_built_from_the_thread_model_refuses_a_title_with_a_line_break(category):
    """The rule is on the model, so a form an admin screen or a later feature builds from it
    keeps it too, not just the forum's own form."""
    form = modelform_factory(Thread, fields=["title", "category"])(
        {"title": "Buses\nat night", "category": category.pk}
    )

    assert form.errors["title"] == [
        "Use letters, numbers and punctuation only, on one line, without tabs or line breaks"
    ]


def test_a_megabyte_post_is_refused_for_its_length_before_any_hold_rule_reads_it(
    logged_in, forum_page, category, settings
):
    # The site refuses so big a form before reading it at all (core/middleware.py): this is
    # the form's own defence, behind that one.
    settings.PUBLIC_MAX_REQUEST_BYTES = 2_000_000
    text = "a@b.example 07700 900123 " * 40_000
    response = logged_in.post("/forum/new/", {"title": "A long one", "category": category.pk, "text": text})

    assert response.status_code == 200
    assert response.context["form"].errors["text"] == [
        f"Your post must be 3000 characters or fewer. It has {len(text.strip())}. You could split it into two posts"
    ]
    assert not Thread.objects.filter(title="A long one").exists()
