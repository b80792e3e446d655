"""Moderators' decisions on stories and the service's response, and what each sets off: the
search index, the anonymous page cache, the author's e-mail and the audit log (Reports > Site
history), through the same decisions as forum posts (moderation/decisions.py)."""

from django.db import transaction
from wagtail.search.index import insert_or_update_object, remove_object

from core.page_cache import forget_all_pages
from moderation.decisions import record_decision, with_urgency
from moderation.models import Status

from . import notifying
from .models import Story


def queue():
    """Stories waiting for a moderator: someone at risk first, then longest waiting first."""
    return with_urgency(Story.objects.waiting()).select_related("service").order_by("-is_urgent", "held_at", "pk")


def _after_change(story):
    if story.is_visible:
        insert_or_update_object(story)
    else:
        remove_object(story)
    forget_all_pages()


def approve(story, moderator):
    """Publish a held story."""
    with transaction.atomic():
        record_decision(story, moderator, status=Status.PUBLISHED, action="stories.approve")
        _after_change(story)


def reject(story, moderator, reason, *, explained, tell_url):
    """Do not publish it, saying why: the site history keeps the `reason`, and the author is
    told once, with the reason `explained` in plain words and where to tell it again."""
    with transaction.atomic():
        story.removal_reason = reason
        record_decision(story, moderator, status=Status.REMOVED, action="stories.reject", data={"reason": reason})
        _after_change(story)
        notifying.tell_author_of_decline(story, explained, tell_url)


def responded(response, story_url, *, first):
    """After staff save the service's response (Wagtail logs the save): the pages show it,
    and the author hears about the first response only."""
    forget_all_pages()
    if first:
        notifying.tell_author_of_response(response.story, story_url)
