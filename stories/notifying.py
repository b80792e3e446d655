"""E-mails about stories, all through `notifications.notify`, which records each one under a
key and sends it once: to moderators when a story joins the queue, and to the author when a
moderator will not publish it or when the service answers."""

from django.db import transaction
from django.utils.translation import gettext as _

from moderation import notifying as work_is_waiting
from moderation.decisions import is_urgent
from moderation.notifying import queue_url
from notifications.sending import notify

from .permissions import moderators


def tell_moderators(story):
    """Once the story is saved for good, tell the moderators. A story that suggests someone
    may be at risk is urgent, as a forum post is: every moderator hears now, once per story.
    Otherwise the one half-hourly e-mail about every kind of waiting item
    (moderation/notifying.py)."""
    if is_urgent(story):
        transaction.on_commit(lambda: _email_moderators_about(story))
    else:
        work_is_waiting.tell_moderators()


def _email_moderators_about(story):
    for moderator in moderators():
        notify(
            key=f"stories-safeguarding:{story.pk}:{moderator.pk}",
            to=moderator.email,
            subject=_("Urgent: a patient story suggests someone may be at risk"),
            template="stories/email/safeguarding_hold.txt",
            context={"moderator": moderator, "queue_url": queue_url(), "story": story},
        )


def tell_author_of_response(story, story_url):
    """The service has answered: tell the author once, whatever is changed in the answer later."""
    address = story.author_email
    if not address:
        return
    notify(
        key=f"story-response:{story.pk}",
        to=address,
        subject=_("The service has answered your story"),
        template="stories/email/response.txt",
        context={"story": story, "story_url": story_url},
    )


def tell_author_of_decline(story, explained, tell_url):
    """A moderator will not publish the story: tell the author why, once, in plain words."""
    address = story.author_email
    if not address:
        return
    notify(
        key=f"story-declined:{story.pk}",
        to=address,
        subject=_("We did not publish your story"),
        template="stories/email/declined.txt",
        context={"story": story, "explained": explained, "tell_url": tell_url},
    )
