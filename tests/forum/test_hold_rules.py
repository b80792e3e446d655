"""Which posts wait for a moderator, and what their authors are told."""

import pytest

from demo.factories.forum import start_thread
from forum import posting, rules
from forum.models import HoldReason, SafeguardingTerm, Status


@pytest.fixture
def thread_opening(forum_page, category, other_member):
    return start_thread(other_member, category=category, title="Waiting times")


def _reply_over_http(client, member, parent, text):
    client.force_login(member)
    return client.post(f"/forum/posts/{parent.pk}/reply/", {"text": text}, follow=True)


@pytest.mark.parametrize(
    "text, reason",
    [
        ("My NHS number is 943 476 5919, can you check it?", HoldReason.NHS_NUMBER),
        ("My NHS number is 9434765919.", HoldReason.NHS_NUMBER),
        ("Ring me on 07700 900123 after six.", HoldReason.PHONE_NUMBER),
        ("The ward number is (0113) 496 0123.", HoldReason.PHONE_NUMBER),
        ("E-mail me at sam.jones@example.org please.", HoldReason.EMAIL_ADDRESS),
        ("See https://a.example, https://b.example and www.c.example", HoldReason.LINKS),
    ],
)
def test_personal_details_and_link_heavy_posts_are_held_with_the_reason(client, thread_opening, member, text, reason):
    response = _reply_over_http(client, member, thread_opening, text)

    post = posting.Post.objects.get(user=member, comment=text)
    assert post.status == Status.HELD
    assert post.hold_reasons == [reason]
    assert str(HoldReason(reason).label) in response.content.decode()


@pytest.mark.parametrize(
    "text",
    [
        "Ten digits that fail the check: 943 476 5918.",  # not a valid NHS number
        "We waited 12 weeks in 2025 for 3 appointments.",
        "Two links are fine: https://a.example and https://b.example",
        "Call 111 or 999, or Samaritans on 116 123.",
    ],
)
def test_ordinary_posts_are_published_at_once(thread_opening, member, text):
    post = posting.reply(author=member, parent=thread_opening, text=text)
    assert post.status == Status.PUBLISHED
    assert post.hold_reasons == []


def test_a_new_members_first_two_posts_are_held_then_they_post_freely(thread_opening, newcomer, moderator):
    from forum import moderation

    first = posting.reply(author=newcomer, parent=thread_opening, text="Hello")
    second = posting.reply(author=newcomer, parent=thread_opening, text="Hello again")
    assert [first.hold_reasons, second.hold_reasons] == [[HoldReason.NEW_MEMBER], [HoldReason.NEW_MEMBER]]

    moderation.approve(first, moderator)
    moderation.approve(second, moderator)
    assert posting.reply(author=newcomer, parent=thread_opening, text="Third").status == Status.PUBLISHED


def test_safeguarding_words_hold_the_post_and_show_urgent_help_at_once(client, thread_opening, member):
    response = _reply_over_http(client, member, thread_opening, "Some nights I want to die, honestly.")
    html = response.content.decode()

    post = posting.Post.objects.get(user=member, comment__startswith="Some nights")
    assert post.status == Status.HELD
    assert HoldReason.SAFEGUARDING in post.hold_reasons
    assert "get help now" in html
    assert "999" in html and "111" in html and "116 123" in html


def test_moderators_own_the_safeguarding_list(thread_opening, member):
    SafeguardingTerm.objects.create(phrase="  Nobody   Cares ")

    post = posting.reply(author=member, parent=thread_opening, text="It feels like nobody cares about us.")

    assert post.status == Status.HELD
    assert post.hold_reasons == [HoldReason.SAFEGUARDING]


def test_the_author_can_see_why_later(client, thread_opening, member):
    post = posting.reply(author=member, parent=thread_opening, text="Text me: 07700 900123")
    client.force_login(member)

    html = client.get(f"/forum/posts/{post.pk}/waiting/").content.decode()

    assert "Your post is waiting for a moderator" in html
    assert "phone number" in html


def test_adding_a_phone_number_in_an_edit_holds_the_post(thread_opening, member):
    post = posting.reply(author=member, parent=thread_opening, text="Fine words")
    posting.edit(post, "Fine words. Call me on 07700 900123")
    post.refresh_from_db()
    assert post.status == Status.HELD
    assert post.hold_reasons == [HoldReason.PHONE_NUMBER]


def test_a_worrying_or_personal_thread_title_holds_the_opening_post(forum_page, category, member):
    """The title is read with the opening post, so it is checked with it."""
    crisis = start_thread(member, category=category, title="I want to end my life", text="Is anyone there?")
    number = start_thread(member, category=category, title="Call me on 07700 900123", text="About the clinic.")

    assert crisis.status == number.status == Status.HELD
    assert crisis.hold_reasons == [HoldReason.SAFEGUARDING]
    assert number.hold_reasons == [HoldReason.PHONE_NUMBER]
    assert not crisis.forum_thread.is_public


@pytest.mark.parametrize(
    "text, has_address",
    [
        ("a." * 500_000, False),  # one long run of address characters with no "@"
        ("x" * 1_000_000 + " sam@example.org", True),
    ],
)
def test_the_e_mail_address_rule_reads_a_megabyte_in_one_pass(text, has_address):
    """The rule once searched a long run again from each of its characters, which would take
    hours on a megabyte; posts are limited to 3,000 characters, but the rule must not rely on it."""
    assert rules.contains_email_address(text) is has_address
