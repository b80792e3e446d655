"""E-mails the forum sends: replies to followers, and the moderation queue to moderators.
Both go through `notifications.notify`, which records each e-mail and sends it in the
background; the fan-out itself is a django-tasks task so posting stays quick."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from notifications.sending import notify

from . import tasks

UNSUBSCRIBE_SALT = "forum.unsubscribe"
MODERATOR_BATCH_MINUTES = 30


def unsubscribe_token(follow):
    return signing.dumps({"thread": follow.thread_id, "member": follow.member_id}, salt=UNSUBSCRIBE_SALT)


def read_unsubscribe_token(token):
    """The (thread id, member id) a token was made for, or None if it was tampered with."""
    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    return data["thread"], data["member"]


def tell_followers(post):
    tasks.email_followers.enqueue(post.pk)


def tell_moderators():
    """Queue one e-mail per moderator per half hour, however many posts join the queue in
    it: moderators want to know there is work, not to get a message per post."""
    now = timezone.now()
    window = int(now.timestamp() // (MODERATOR_BATCH_MINUTES * 60))
    moderators = (
        get_user_model().objects.filter(is_active=True).filter(groups__permissions__codename="moderate_post").distinct()
    )
    queue_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("forum_queue")
    for moderator in moderators:
        notify(
            key=f"forum-queue:{window}:{moderator.pk}",
            to=moderator.email,
            subject=_("Posts are waiting in the forum moderation queue"),
            template="comments/comment_notification_email.txt",
            context={"moderator": moderator, "queue_url": queue_url},
        )


def tell_author_of_removal(post):
    """Tell the author which house rule their post broke, so removal is never a mystery."""
    from .models import ForumPage

    forum = ForumPage.objects.live().first()
    if post.user is None or forum is None:
        return
    notify(
        key=f"forum-removed:{post.pk}",
        to=post.user.email,
        subject=_("A moderator removed your post"),
        template="django_comments_xtd/removal_notification_email.txt",
        context={"post": post, "thread": post.forum_thread, "rules_url": forum.full_url + "#house-rules"},
    )
