"""Telling a story. A member's story goes straight to the moderators; anyone else's waits
until they open the link we e-mail them and press the button (double opt-in, as for the
People Bank), so nobody can tell a story in someone else's name or flood the queue with
addresses that are not theirs. Every story is held: a moderator reads it before anyone else."""

import datetime
import hashlib
import secrets

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from moderation.decisions import apply_hold
from moderation.models import HoldReason
from moderation.rules import reasons_in_text
from notifications.sending import queue_email

from . import notifying
from .models import Story


def _hash(token):
    return hashlib.sha256(token.encode()).hexdigest()


def hold_reasons_for(story):
    """What the hold rules find in the title and story, then "we read every story first"."""
    return [*reasons_in_text(f"{story.title}\n{story.text}"), HoldReason.READ_FIRST]


def tell(request, data):
    """Store the story from the form's `data`. A member's is confirmed now; anyone else is
    e-mailed a link to confirm it. Returns the story."""
    member = request.user if request.user.is_authenticated else None
    story = Story(
        service=data["service"],
        title=data["title"],
        text=data["text"],
        shown_name=data["shown_name"],
        user=member,
        email="" if member else data["email"],
    )
    token = None
    if member:
        story.confirmed_at = timezone.now()
    else:
        token = secrets.token_urlsafe(24)
        story.confirm_token_hash = _hash(token)
    apply_hold(story, hold_reasons_for(story))
    with transaction.atomic():
        story.save()
        story.topics.set(data["topics"])
        if member:
            notifying.tell_moderators(story)
        else:
            _send_confirmation(request, story, token)
    return story


def _send_confirmation(request, story, token):
    queue_email(
        key=f"story-confirm:{story.pk}",
        to=story.email,
        subject=_("Confirm your story"),
        body=render_to_string(
            "stories/email/confirm.txt",
            {"story": story, "url": request.build_absolute_uri(reverse("stories:confirm", args=[token]))},
        ),
        body_holds_secret=True,
    )


def story_to_confirm(token):
    if not token:
        return None
    return (
        Story.objects.filter(confirmed_at=None)
        .exclude(confirm_token_hash="")
        .filter(confirm_token_hash=_hash(token))
        .first()
    )


def confirm(token):
    """Send the story to the moderators, once. Returns it, or None if the link is used or unknown."""
    story = story_to_confirm(token)
    if story is None:
        return None
    now = timezone.now()
    with transaction.atomic():
        changed = Story.objects.filter(pk=story.pk, confirmed_at=None).update(
            confirmed_at=now, held_at=now, confirm_token_hash=""
        )
        if not changed:
            return None
        story.refresh_from_db()
        notifying.tell_moderators(story)
    return story


def purge_unconfirmed(now):
    """Retention rule: delete stories nobody confirmed within STORIES_UNCONFIRMED_DAYS."""
    cutoff = now - datetime.timedelta(days=settings.STORIES_UNCONFIRMED_DAYS)
    _deleted, by_model = Story.objects.filter(confirmed_at=None, told_at__lt=cutoff).delete()
    return {_("Patient stories nobody confirmed"): by_model.get("stories.Story", 0)}
