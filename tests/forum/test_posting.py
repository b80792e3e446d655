"""Starting threads and replying, through the posting rules every post goes through."""

from demo.factories.forum import start_thread
from forum import posting
from forum.models import HoldReason, Status


def test_a_members_first_two_posts_wait_for_a_moderator(forum_page, category, newcomer):
    post = start_thread(newcomer, category=category)

    assert post.status == Status.HELD
    assert post.hold_reasons == [HoldReason.NEW_MEMBER]
    assert not post.forum_thread.is_public


def test_an_established_members_thread_is_public_at_once(forum_page, category, member):
    post = start_thread(member, category=category, title="Night buses", text="Is there a bus after 11pm?")

    assert post.status == Status.PUBLISHED
    assert post.forum_thread.is_public
    assert post.level == 0


def test_replies_nest_three_deep_and_count_on_the_thread(forum_page, category, member, other_member):
    opening = start_thread(member, category=category)
    first = posting.reply(author=other_member, parent=opening, text="I take a taxi.")
    second = posting.reply(author=member, parent=first, text="Who pays for it?")
    third = posting.reply(author=other_member, parent=second, text="The scheme does.")

    assert [first.level, second.level, third.level] == [1, 2, 3]
    assert not third.allow_thread()
    opening.forum_thread.refresh_from_db()
    assert opening.forum_thread.reply_count == 3
