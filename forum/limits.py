"""Abuse limits on posting, after Discourse's defaults for new users: a new member (account
under a day old) may post once every 30 seconds and reply at most 10 times in that first
day; everyone else once every 5 seconds. Edits have a limit of their own at the same rates,
so correcting a post just sent is not refused as a second post."""

import math

from django.utils import timezone
from django.utils.translation import ngettext
from django_ratelimit.core import get_usage

from .models import Post

NEW_MEMBER_PERIOD = timezone.timedelta(days=1)
NEW_MEMBER_RATE = "1/30s"
MEMBER_RATE = "1/5s"
NEW_MEMBER_DAILY_REPLIES = 10

THREAD, REPLY, EDIT = "thread", "reply", "edit"


def is_new_account(user, now=None):
    return (now or timezone.now()) - user.date_joined < NEW_MEMBER_PERIOD


def _rate_for(group, request):
    return NEW_MEMBER_RATE if is_new_account(request.user) else MEMBER_RATE


def seconds_to_wait(request, kind):
    """How long this member must wait before this thread, reply or edit (`kind`) is taken;
    0 if it can be taken now. Counts the attempt."""
    user = request.user
    now = timezone.now()
    if kind == REPLY and is_new_account(user, now):
        replies = Post.objects.filter(user=user, level__gt=0, submit_date__gte=user.date_joined).count()
        if replies >= NEW_MEMBER_DAILY_REPLIES:
            return math.ceil((user.date_joined + NEW_MEMBER_PERIOD - now).total_seconds())
    group = "forum-edit" if kind == EDIT else "forum-post"
    usage = get_usage(request, group=group, key="user", rate=_rate_for, increment=True)
    if usage and usage["should_limit"]:
        return max(usage["time_left"], 1)  # -1 when the cache failed: try again in a moment
    return 0


def describe_wait(seconds):
    """A wait in words, rounded up to the unit a person would use."""
    if seconds < 60:
        return ngettext("%(count)d second", "%(count)d seconds", seconds) % {"count": seconds}
    if seconds < 3600:
        minutes = math.ceil(seconds / 60)
        return ngettext("%(count)d minute", "%(count)d minutes", minutes) % {"count": minutes}
    hours = math.ceil(seconds / 3600)
    return ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours}
