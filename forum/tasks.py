"""Background work for the forum."""

from django.utils.translation import gettext as _
from django_tasks import task

from notifications.sending import notify, unsubscribe_headers


@task()
def email_followers(post_id):
    """E-mail everyone following the post's thread, except its author, about a new public
    reply. Each e-mail's key names the post and the follower, so running this twice, or
    again after a held post is approved, sends nothing new. Returns how many it queued."""
    from .models import Follow, ForumPage, Post
    from .notifying import unsubscribe_url

    post = Post.objects.select_related("forum_thread", "forum_thread__category", "user").filter(pk=post_id).first()
    if post is None or post.is_opening_post or not post.is_visible:
        return 0
    forum = ForumPage.current()
    if forum is None:
        return 0
    thread = post.forum_thread
    followers = Follow.objects.filter(thread=thread).exclude(member=post.user_id).select_related("member")
    queued = 0
    for follow in followers.filter(member__is_active=True):
        stop_url = unsubscribe_url(follow, forum)
        created = notify(
            key=f"forum-reply:{post.pk}:{follow.member_id}",
            to=follow.member.email,
            subject=_("New reply in “%(title)s”") % {"title": thread.title},
            template="forum/email/new_reply.txt",
            context={
                "thread": thread,
                "post": post,
                "member": follow.member,
                "post_url": forum.full_url + forum.reverse_subpage("permalink", kwargs={"post_id": post.pk}),
                "unsubscribe_url": stop_url,
            },
            headers=unsubscribe_headers(stop_url),
        )
        queued += created is not None
    return queued
