"""Abuse limits on posting, after Discourse's defaults for new users: a new member (account
under a day old) may post once every 30 seconds and reply at most 10 times in that first
day; everyone else once every 5 seconds. Edits have a limit of their own at the same rates,
so correcting a post just sent is not refused as a second post."""

import math
import time

from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import ngettext

from .models import Post

NEW_MEMBER_PERIOD = timezone.timedelta(days=1)
NEW_MEMBER_INTERVAL = 30  # seconds between posts in a member's first day
MEMBER_INTERVAL = 5
NEW_MEMBER_DAILY_REPLIES = 10

THREAD, REPLY, EDIT = "thread", "reply", "edit"


def is_new_account(user, now=None):
    return (now or timezone.now()) - user.date_joined < NEW_MEMBER_PERIOD


def interval_for(user):
    """Seconds this member must leave between one post (or edit) and the next."""
    return NEW_MEMBER_INTERVAL if is_new_account(user) else MEMBER_INTERVAL


def seconds_to_wait(request, kind):
    """How long this member must wait before this thread, reply or edit (`kind`) is taken;
    0 if it can be taken now, which starts the wait before the next one.

    The wait runs from the last post taken, not from a fixed clock window (as django-ratelimit
    counts), so two posts a second apart are never both taken because a window ended between
    them, and the wait named is the real one. `cache.add` is atomic on Redis and in memory,
    so of two posts sent together only one is taken."""
    user = request.user
    now = timezone.now()
    if kind == REPLY and is_new_account(user, now):
        replies = Post.objects.filter(user=user, level__gt=0, submit_date__gte=user.date_joined).count()
        if replies >= NEW_MEMBER_DAILY_REPLIES:
            return math.ceil((user.date_joined + NEW_MEMBER_PERIOD - now).total_seconds())
    interval = interval_for(user)
    key = f"forum-limit:{'edit' if kind == EDIT else 'post'}:{user.pk}"
    started = time.time()
    if cache.add(key, started, timeout=interval):
        return 0
    last_taken = cache.get(key, started)
    return max(math.ceil(last_taken + interval - started), 1)


def describe_wait(seconds):
    """A wait in words, rounded up to the unit a person would use."""
    if seconds < 60:
        return ngettext("%(count)d second", "%(count)d seconds", seconds) % {"count": seconds}
    if seconds < 3600:
        minutes = math.ceil(seconds / 60)
        return ngettext("%(count)d minute", "%(count)d minutes", minutes) % {"count": minutes}
    hours = math.ceil(seconds / 3600)
    return ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours}
