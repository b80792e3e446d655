"""Following threads, and the unsubscribe address in every reply e-mail."""

from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from core.post_limits import limit_posts

from ..models import Follow, ForumPage, Thread
from ..notifying import is_genuine_unsubscribe


@require_POST
@limit_posts("forum-follow")
def follow(request, forum, thread_id):
    thread = get_object_or_404(Thread.objects.public().select_related("category"), pk=thread_id)
    if not request.user.is_authenticated:
        return redirect_to_login(forum.thread_url(thread))
    if request.POST.get("follow") == "yes":
        Follow.objects.get_or_create(thread=thread, member=request.user)
    else:
        Follow.objects.filter(thread=thread, member=request.user).delete()
    return redirect(forum.thread_url(thread) + "#follow")


@csrf_exempt
@never_cache  # one member's page, which changes once they press the button
@require_http_methods(["GET", "POST"])
@limit_posts("forum-unsubscribe")
def unsubscribe(request, thread_id, member_id, signature):
    """Works from the e-mail without logging in: the address names the thread and the
    member, signed so nobody can make one for someone else. Opening it (GET) only asks,
    because mail scanners open every link in an e-mail; the page's button, or the mail
    program's own unsubscribe (RFC 8058 one-click), POSTs. Neither POST carries a CSRF
    token, and needs none: the signature alone authorises it."""
    forum = ForumPage.current()
    if forum is None or not is_genuine_unsubscribe(thread_id, member_id, signature):
        raise Http404
    thread = Thread.objects.select_related("category").filter(pk=thread_id).first()
    if thread is None:
        raise Http404
    follows = Follow.objects.filter(thread_id=thread_id, member_id=member_id)
    context = {"page": forum, "thread": thread}
    if request.method == "POST" or not follows.exists():
        follows.delete()
        return TemplateResponse(request, "forum/unsubscribed.html", context)
    return TemplateResponse(request, "forum/unsubscribe.html", context)
