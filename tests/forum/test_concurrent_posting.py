"""Many people replying at the same moment: every reply is stored once, in a tree
django-comments-xtd can still read (each post has its own place in the thread's order)."""

import threading

import pytest
from django.conf import settings
from django.db import connection

from demo.factories.forum import established_member, start_thread
from forum import posting
from forum.models import Post


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql",
    reason="concurrent writers need a server database; run with TEST_DATABASE_URL (make test does)",
)
def test_twenty_replies_at_once_are_all_stored_in_their_own_place(forum_page, category):
    members = [established_member(display_name=f"Member {n}") for n in range(20)]
    opening = start_thread(members[0], category=category, title="Everyone at once")
    barrier = threading.Barrier(len(members))
    statuses = []

    def reply(member):
        try:
            barrier.wait()
            posting.reply(author=member, parent=opening, text=f"From {member}")
            statuses.append("stored")
        finally:
            connection.close()

    people = [threading.Thread(target=reply, args=(member,)) for member in members]
    for person in people:
        person.start()
    for person in people:
        person.join(timeout=60)

    assert statuses == ["stored"] * len(members)
    replies = Post.objects.filter(forum_thread=opening.forum_thread, level=1)
    assert sorted(replies.values_list("comment", flat=True)) == sorted(f"From {member}" for member in members)
    orders = list(Post.objects.filter(forum_thread=opening.forum_thread).values_list("order", flat=True))
    assert len(orders) == len(set(orders)) == len(members) + 1
    opening.forum_thread.refresh_from_db()
    assert opening.forum_thread.reply_count == len(members)
