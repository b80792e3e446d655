"""E-mails the forum sends: replies to followers, and the moderation queue to moderators.
Both go through `notifications.notify`, which records each e-mail and sends it in the
background; the fan-out itself is a django-tasks task so posting stays quick."""

from contextlib import contextmanager
from contextvars import ContextVar

from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext as _

from moderation import notifying as work_is_waiting
from moderation.notifying import queue_url
from notifications.sending import notify

from . import tasks
from .permissions import moderators

UNSUBSCRIBE_SALT = "forum.unsubscribe"


def _signer():
    return signing.Signer(salt=UNSUBSCRIBE_SALT)


def unsubscribe_kwargs(follow):
    """The parts of a follow's unsubscribe address; the signature is a path segment."""
    thread_id, member_id = follow.thread_id, follow.member_id
    return {
        "thread_id": thread_id,
        "member_id": member_id,
        "signature": _signer().signature(f"{thread_id}:{member_id}"),
    }


def unsubscribe_url(follow, forum):
    """The full address that stops a follow's e-mails, on the forum's site."""
    return forum.get_site().root_url + reverse("forum_unsubscribe", kwargs=unsubscribe_kwargs(follow))


def is_genuine_unsubscribe(thread_id, member_id, signature):
    return constant_time_compare(signature, _signer().signature(f"{thread_id}:{member_id}"))


_silenced = ContextVar("forum_notifications_silenced", default=False)


@contextmanager
def silenced():
    """Send no forum e-mail inside this block: for loading demo content, which is not news."""
    token = _silenced.set(True)
    try:
        yield
    finally:
        _silenced.reset(token)


def tell_followers(post):
    """Once the post is saved for good, e-mail the thread's followers about it."""
    if not _silenced.get():
        transaction.on_commit(lambda: tasks.email_followers.enqueue(post.pk))


def tell_moderators(urgent_post=None):
    """Once the change is saved for good, tell the moderators there is work in the queue
    (the one half-hourly e-mail for every kind, moderation/notifying.py). An `urgent_post`
    (someone may be at risk) gets its own e-mail to every moderator."""
    if not _silenced.get():
        if urgent_post is not None:
            transaction.on_commit(lambda: _email_moderators_about(urgent_post))
        else:
            work_is_waiting.tell_moderators()


def _email_moderators_about(post):
    """A post that suggests someone may be at risk cannot wait for the half-hourly e-mail:
    every moderator hears about it now, once per post, whatever else was sent."""
    for moderator in moderators():
        notify(
            key=f"forum-safeguarding:{post.pk}:{moderator.pk}",
            to=moderator.email,
            subject=_("Urgent: a forum post suggests someone may be at risk"),
            template="forum/email/safeguarding_hold.txt",
            context={"moderator": moderator, "queue_url": queue_url(), "thread": post.forum_thread},
        )


def tell_author_of_removal(post):
    """Tell the author which house rule their post broke, so removal is never a mystery."""
    from .models import ForumPage

    forum = ForumPage.current()
    if post.user is None or forum is None:
        return
    notify(
        key=f"forum-removed:{post.pk}",
        to=post.user.email,
        subject=_("A moderator removed your post"),
        template="forum/email/post_removed.txt",
        context={"post": post, "thread": post.forum_thread, "rules_url": forum.full_url + "#house-rules"},
    )
