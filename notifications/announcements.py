"""One way to tell people "this is open now": a page becomes available, and everyone who asked
to hear of such things is told once.

Rooms say two things, when their app is ready:

- which of their pages are *due* (`register_source`): consultations open now, events still to
  come. A page is announced the first time it is due: when it is published already due (a
  page_published signal), or when `manage.py announce_due` (from cron or the task worker)
  finds one whose opening date has passed.
- who wants to hear (`register_audience`): a function of (announcement, page) that tells the
  people waiting for that page and returns how many it told. The consultations room tells
  people who asked "tell me when it opens"; the People Bank invites its matching members.

An announcement is one row per page (a unique key), made once however often the page is
published or the command runs, even at the same moment. Telling its audiences is a
background task (`tasks.deliver_announcement`) which may run again: after a republish, or if a
worker stopped half way. So every audience must be safe to run twice for the same
announcement, and tells nobody twice (the People Bank keeps one invitation per member and page;
an opening request is deleted once told). Each e-mail goes through `sending.queue_email`, so a
mail server that is down delays it and loses nothing.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from wagtail.signals import page_published

from core import published

from .models import Announcement
from .tasks import deliver_announcement


@dataclass(frozen=True)
class Source:
    """A kind of page that can be announced, and which of its pages are due at a moment."""

    model: type
    due: Callable  # (queryset of the model's pages, now) -> the pages due now


_sources = []
_audiences = []


def register_source(model, due):
    """Announce `model`'s pages once `due(pages, now)` includes them. Publishing one that is due
    announces it at once."""
    _sources.append(Source(model, due))
    page_published.connect(_on_publish, sender=model, dispatch_uid=f"announce:{model._meta.label}")


def register_audience(audience):
    """`audience(announcement, page)` tells its people about `page` (the page's own model)
    and returns how many it told. It must tell nobody twice when called again."""
    _audiences.append(audience)


def due_pages(now=None, pages=None, untold=False):
    """Every page due now, as its own model; only those among the ids `pages`, if given. With
    `untold`, leaves out pages whose audiences were told since the page was last published, so
    that a run with nothing new costs a query per kind of page."""
    now = now or timezone.now()
    for source in _sources:
        found = source.due(published.originals(source.model.objects.live()), now)
        if pages is not None:
            found = found.filter(pk__in=pages)
        if untold:
            found = found.exclude(announcement__delivered_at__gte=F("last_published_at"))
        yield from found


def announce_due(now=None, pages=None):
    """Announce every page that is due and has not been announced, and tell the audiences of
    any announced page published again since they were last told (someone may have asked to
    hear of it meanwhile). Returns the pages announced for the first time."""
    announced = []
    for page in due_pages(now, pages, untold=True):
        announcement, created = Announcement.objects.get_or_create(page_id=page.pk)
        told = announcement.delivered_at
        if created or told is None or (page.last_published_at and page.last_published_at > told):
            transaction.on_commit(lambda pk=announcement.pk: deliver_announcement.enqueue(pk))
        if created:
            announced.append(page)
    return announced


def count_as_told(now=None):
    """Count every page due now as announced, with its audiences told, telling nobody: for
    loading demo content, which is not news. Returns how many pages."""
    now = now or timezone.now()
    pages = list(due_pages(now))
    for page in pages:
        Announcement.objects.update_or_create(page_id=page.pk, defaults={"delivered_at": now})
    return len(pages)


def deliver(announcement):
    """Tell every audience about the announcement's page. Returns how many people were told."""
    page = announcement.page.specific
    told = sum(audience(announcement, page) for audience in _audiences)
    Announcement.objects.filter(pk=announcement.pk).update(delivered_at=timezone.now())
    return told


def _on_publish(sender, instance, **kwargs):
    transaction.on_commit(lambda: announce_due(pages=[instance.pk]))
