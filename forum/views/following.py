"""Following threads, and the one-click unsubscribe link in every reply e-mail."""

from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST

from ..models import Follow, Thread
from ..notifying import is_genuine_unsubscribe


@require_POST
def follow(request, forum, thread_id):
    thread = get_object_or_404(Thread.objects.public().select_related("category"), pk=thread_id)
    if not request.user.is_authenticated:
        return redirect_to_login(forum.thread_url(thread))
    if request.POST.get("follow") == "yes":
        Follow.objects.get_or_create(thread=thread, member=request.user)
    else:
        Follow.objects.filter(thread=thread, member=request.user).delete()
    return redirect(forum.thread_url(thread) + "#follow")


def unsubscribe(request, forum, thread_id, member_id, signature):
    """Works from the e-mail without logging in: the address names the thread and the
    member, signed so nobody can make one for someone else. Opening it is the one click."""
    if not is_genuine_unsubscribe(thread_id, member_id, signature):
        raise Http404
    thread = Thread.objects.select_related("category").filter(pk=thread_id).first()
    if thread is None:
        raise Http404
    Follow.objects.filter(thread_id=thread_id, member_id=member_id).delete()
    return TemplateResponse(request, "django_comments_xtd/muted.html", {"page": forum, "thread": thread})
