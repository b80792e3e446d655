from django import template

from ..models import ForumPage, Thread
from ..text import render_plain_text

register = template.Library()

THREADS_ABOUT_A_PAGE = 5
LATEST_CONVERSATIONS = 3


@register.filter
def plain_text(text):
    """A member's post as safe HTML: paragraphs, clickable links, everything else escaped."""
    return render_plain_text(text)


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
