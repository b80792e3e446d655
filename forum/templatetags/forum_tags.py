from django import template

from ..models import ForumPage, Thread
from ..text import render_plain_text

register = template.Library()

THREADS_ABOUT_A_PAGE = 5


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
