"""The moderators' e-mail that work is waiting, one for every room in the queue
(moderation/queue.py): a moderator who looks after forum posts and patient stories gets one
e-mail per half hour, however many items of either kind come in. Urgent items (someone may
be at risk) are not batched: each room e-mails about them at once, through `queue_url`."""

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from notifications.sending import notify

from . import queue

BATCH_MINUTES = 30


def queue_url():
    """The queue's full address in the admin (the page is the forum's admin view)."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("forum_queue")


def tell_moderators():
    """Once the change is saved for good, tell every moderator that work is waiting."""
    transaction.on_commit(_email_moderators)


def _email_moderators():
    window = int(timezone.now().timestamp() // (BATCH_MINUTES * 60))
    people = {}
    for room in queue.rooms():
        for person in room.moderators():
            people.setdefault(person.pk, person)
    for moderator in people.values():
        waiting = [(room.heading, room.waiting().count()) for room in queue.rooms_for(moderator)]
        waiting = [(heading, count) for heading, count in waiting if count]
        if not waiting:
            continue
        notify(
            key=f"moderation-queue:{window}:{moderator.pk}",
            to=moderator.email,
            subject=_("Work is waiting in the moderation queue"),
            template="moderation/email/moderation_queue.txt",
            context={"moderator": moderator, "waiting": waiting, "queue_url": queue_url()},
        )
