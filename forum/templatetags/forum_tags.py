from django import template
from django.utils.translation import gettext as _

from core.dates import format_date_and_time
from core.templatetags.date_tags import machine_datetime

from ..models import ForumPage, Status, Thread
from ..text import render_plain_text

register = template.Library()

THREADS_ABOUT_A_PAGE = 5
LATEST_CONVERSATIONS = 3
# A post id no real post has while the site lives, to find where ids go in a post's address.
SAMPLE_ID = 2**31 - 2


@register.inclusion_tag("forum/includes/post.html", takes_context=True)
def forum_post(context, post, actions=False, heading_level=2):
    """One post (forum/includes/post.html), with the links under it if `actions`. What the
    reader may see of it and do with it is decided here, once a post: a thread page shows
    sixty posts, and working it out through lookups in the template was most of its time.

    An author sees their own held post, with a note and a link to why it waits; so does a
    moderator (`can_moderate` in the context); anyone else sees that it is waiting."""
    user = context["request"].user
    mine = user.is_authenticated and post.user_id == user.pk
    held, visible = post.status == Status.HELD, post.is_visible
    deleted = post.is_deleted
    author = post.user.display_name if post.user_id else ""
    words = _words(context["request"])
    links = []  # (address or None, words, words for screen readers)
    if actions and (visible or held and mine):
        if visible and post.allow_thread():
            links.append((post_url(context, post, "reply"), words["reply"], _("to %(name)s") % {"name": author}))
        if user.is_authenticated and not mine and visible:
            if post.pk in context.get("reported_post_ids", ()):
                links.append((None, words["reported"], None))
            else:
                links.append((post_url(context, post, "report"), words["report"], words["to_a_moderator"]))
        if mine:
            if post.is_editable:
                links.append((post_url(context, post, "edit"), words["edit"], words["your_post"]))
            links.append((post_url(context, post, "delete"), words["delete"], words["your_post"]))
    return {
        "post": post,
        "heading_level": heading_level,
        "author": author,
        "words": words,
        "actions_label": links and _("Actions for the post by %(name)s") % {"name": author},
        "deleted": deleted,
        "removed": post.status == Status.REMOVED,
        "waiting_for_moderator": held and not mine and not context.get("can_moderate"),
        "waiting_url": held and mine and not deleted and post_url(context, post, "waiting"),
        "text": render_plain_text(post.comment),
        "permalink": post_url(context, post),
        "machine_time": machine_datetime(post.submit_date),
        "time": format_date_and_time(post.submit_date),
        "links": links,
    }


def _words(request):
    """The words every post shows, translated once a request rather than once a post (a
    `{% translate %}` costs several times a variable, and a thread page shows sixty posts)."""
    if not hasattr(request, "_forum_post_words"):
        request._forum_post_words = {
            "former_member": _("Former member"),
            "deleted_post": _("Deleted post"),
            "official": _("Official response"),
            "link_to_post": _("(link to this post)"),
            "edited": _("edited"),
            "reply": _("Reply"),
            "reported": _("You reported this post"),
            "report": _("Report"),
            "to_a_moderator": _("this post to a moderator"),
            "edit": _("Edit"),
            "delete": _("Delete"),
            "your_post": _("your post"),
        }
    return request._forum_post_words


@register.simple_tag(takes_context=True)
def post_url(context, post, action=None):
    """The address of a post in its thread (`permalink`), or of one of its own pages with an
    `action` ("reply", "report", "edit", "delete", "waiting"): what `{% routablepageurl page
    'post_action' post.pk action %}` gives for the forum page in the context. The forum's
    address and the route's shape are worked out once a request, not once a link: a thread
    page has sixty posts with two to five links each, and working each one out took a fifth
    of the page's time."""
    forum, request = context["page"], context["request"]
    shapes = request.__dict__.setdefault("_forum_post_addresses", {})
    if (forum.pk, action) not in shapes:
        if action:
            route = forum.reverse_subpage("post_action", kwargs={"post_id": SAMPLE_ID, "action": action})
        else:
            route = forum.reverse_subpage("permalink", kwargs={"post_id": SAMPLE_ID})
        before, after = route.split(str(SAMPLE_ID))
        shapes[forum.pk, action] = (forum.get_url(request) + before, after)
    before, after = shapes[forum.pk, action]
    return f"{before}{post.pk}{after}"


@register.inclusion_tag("forum/includes/conversations_about.html", takes_context=True)
def conversations_about(context, page):
    """The public threads about a consultation or service change, and a way to start one."""
    forum = ForumPage.current()
    threads = []
    if forum:
        threads = list(
            Thread.objects.for_listing().filter(about=page).order_by("-last_activity_at")[:THREADS_ABOUT_A_PAGE]
        )
    return {"request": context.get("request"), "forum": forum, "about": page, "threads": threads}


@register.inclusion_tag("forum/includes/latest_conversations.html", takes_context=True)
def latest_conversations(context, limit=LATEST_CONVERSATIONS):
    """The home page's "Latest conversations": the most recently active public threads, each
    with its address. Nothing at all while the forum is not published."""
    forum = ForumPage.current()
    conversations = []
    if forum is not None:
        threads = Thread.objects.for_listing().order_by("-last_activity_at", "-pk")[:limit]
        conversations = [(thread, forum.thread_url(thread)) for thread in threads]
    return {"request": context.get("request"), "forum": forum, "conversations": conversations}
