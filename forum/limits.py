"""Abuse limits on posting, after Discourse's defaults for new users: a new member (account
under a day old) may post once every 30 seconds and reply at most 10 times in that first
day; everyone else once every 5 seconds."""

from django.utils import timezone
from django_ratelimit.core import is_ratelimited

from .models import Post

NEW_MEMBER_PERIOD = timezone.timedelta(days=1)
NEW_MEMBER_RATE = "1/30s"
MEMBER_RATE = "1/5s"
NEW_MEMBER_DAILY_REPLIES = 10


def is_new_account(user, now=None):
    return (now or timezone.now()) - user.date_joined < NEW_MEMBER_PERIOD


def _rate_for(group, request):
    return NEW_MEMBER_RATE if is_new_account(request.user) else MEMBER_RATE


def too_many_posts(request, *, is_reply):
    """True when this member must wait before posting again. Counts the attempt."""
    user = request.user
    if is_reply and is_new_account(user):
        replies = Post.objects.filter(user=user, level__gt=0, submit_date__gte=user.date_joined).count()
        if replies >= NEW_MEMBER_DAILY_REPLIES:
            return True
    return is_ratelimited(request, group="forum-post", key="user", rate=_rate_for, increment=True)
