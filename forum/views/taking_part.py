"""Taking part: starting a thread, replying, editing, deleting and reporting.

Every form works without JavaScript: replying to a post deep in a thread has a page of its
own, as do reporting and deleting. The templates are the forum's own (forum/post_*.html);
the names django-comments and django-comments-xtd ship only hold stand-ins, so nothing of
theirs is ever shown."""

from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from core.post_limits import limit_posts, refuse_if_over

from .. import limits, posting
from ..forms import EditForm, ReplyForm, ReportForm, StartThreadLinkForm, ThreadForm
from ..models import HoldReason, Post, Status
from ..rules import mentions_safeguarding
from .browse import thread_is_visible


def _refuse(request, forum, reason, status=403):
    return TemplateResponse(request, "forum/cannot_post.html", {"page": forum, "reason": reason}, status=status)


def _discard(request, forum):
    return TemplateResponse(request, "forum/post_discarded.html", {"page": forum}, status=400)


def _wait_and_keep(request, template, context, seconds, words):
    """Refused by a rate limit: the same form again with their words in it and how long to
    wait, so nothing is lost; and, as for a held post, where to get help now if the words
    suggest someone may be at risk. This is the one 429 that does not go through
    django-ratelimit's RATELIMIT_VIEW (core.views.too_many_requests): that page cannot hold the
    form, and a member who wrote a long post must not lose it for sending it too soon."""
    context["form"].add_error(
        None,
        _("You are posting too quickly. Please wait %(wait)s, then send it again. We have kept what you wrote.")
        % {"wait": limits.describe_wait(seconds)},
    )
    context["needs_urgent_help"] = mentions_safeguarding(words)
    return TemplateResponse(request, template, context, status=429)


def _refuse_if_flooding(request, form, words):
    """The limit per client address on writing (new conversations, replies, edits), on top of
    each member's wait between posts: one address cannot write for many accounts at once.
    Past it, the site's 429 page shows the words back, and, as for a held post, where to get
    help now if they suggest someone may be at risk."""

    def urgent_help_if_worrying():
        return "moderation/urgent_help.html" if mentions_safeguarding(words) else None

    refuse_if_over(request, "forum-writing", form, notice=urgent_help_if_worrying)


def _after_posting(request, forum, post):
    """Published: go and see it. Held: say why, and if it worried us, where to get help."""
    if post.status == Status.PUBLISHED:
        return redirect(forum.url + forum.reverse_subpage("permalink", kwargs={"post_id": post.pk}))
    # A redirect, so that reloading the page cannot send the post twice.
    return redirect(
        forum.url + forum.reverse_subpage("post_action", kwargs={"post_id": post.pk, "action": "waiting"}) + "?posted=1"
    )


def _waiting_context(forum, post):
    return {
        "page": forum,
        "post": post,
        "thread": post.forum_thread,
        "reasons": [HoldReason(reason).label for reason in post.hold_reasons if reason in HoldReason.values],
        "needs_urgent_help": HoldReason.SAFEGUARDING in post.hold_reasons,
    }


@require_http_methods(["GET", "POST"])
def start_thread(request, forum):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    reason = posting.why_cannot_post(request.user)
    if reason:
        return _refuse(request, forum, reason)

    form = ThreadForm(request.POST or None, initial=StartThreadLinkForm(request.GET).thread_form_initial())
    _refuse_if_flooding(request, form, posting.words_as_read(request.POST.get("text", ""), request.POST.get("title")))
    context = {"page": forum, "form": form}
    if request.method == "POST":
        if form.is_bot:
            return _discard(request, forum)
        if form.is_valid():
            data = form.cleaned_data
            wait = limits.seconds_to_wait(request, limits.THREAD)
            if wait:
                words = posting.words_as_read(data["text"], title=data["title"])
                return _wait_and_keep(request, "forum/start_thread.html", context, wait, words)
            post = posting.start_thread(
                author=request.user,
                category=data["category"],
                title=data["title"],
                text=data["text"],
                about=data["about"],
            )
            return _after_posting(request, forum, post)
    return TemplateResponse(request, "forum/start_thread.html", context)


def post_action(request, forum, post_id, action):
    views = {"reply": reply, "edit": edit, "delete": delete, "report": report, "waiting": waiting}
    if action not in views:
        raise Http404
    post = get_object_or_404(Post.objects.select_related("forum_thread", "forum_thread__category", "user"), pk=post_id)
    if not thread_is_visible(post.forum_thread, request.user):
        raise Http404
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return require_http_methods(["GET", "POST"])(views[action])(request, forum, post)


def reply(request, forum, parent):
    reason = posting.why_cannot_post(request.user)
    if reason:
        return _refuse(request, forum, reason)
    if not parent.allow_thread() or not parent.is_visible:
        return _refuse(request, forum, None, status=404)
    form = ReplyForm(request.POST or None)
    _refuse_if_flooding(request, form, request.POST.get("text", ""))
    context = {"page": forum, "parent": parent, "thread": parent.forum_thread, "form": form}
    if request.method == "POST":
        if form.is_bot:
            return _discard(request, forum)
        if form.is_valid():
            text = form.cleaned_data["text"]
            wait = limits.seconds_to_wait(request, limits.REPLY)
            if wait:
                return _wait_and_keep(request, "forum/post_reply.html", context, wait, text)
            post = posting.reply(author=request.user, parent=parent, text=text)
            return _after_posting(request, forum, post)
    return TemplateResponse(request, "forum/post_reply.html", context)


def edit(request, forum, post):
    if not post.can_edit(request.user):
        return _refuse(request, forum, None, status=403)
    form = EditForm(request.POST or None, initial={"text": post.comment})
    title = post.forum_thread.title if post.is_opening_post else None
    _refuse_if_flooding(request, form, posting.words_as_read(request.POST.get("text", ""), title=title))
    context = {"page": forum, "post": post, "thread": post.forum_thread, "form": form}
    if request.method == "POST" and form.is_valid():
        text = form.cleaned_data["text"]
        wait = limits.seconds_to_wait(request, limits.EDIT)
        if wait:
            return _wait_and_keep(request, "forum/post_edit.html", context, wait, posting.words_as_read(text, title))
        posting.edit(post, text)
        return _after_posting(request, forum, post)
    return TemplateResponse(request, "forum/post_edit.html", context)


@limit_posts("forum-delete")
def delete(request, forum, post):
    if not post.can_delete(request.user):
        return _refuse(request, forum, None, status=403)
    if request.method == "POST":
        posting.delete(post)
        return TemplateResponse(
            request, "forum/post_deleted.html", {"page": forum, "post": post, "thread": post.forum_thread}
        )
    return TemplateResponse(
        request, "forum/post_delete.html", {"page": forum, "post": post, "thread": post.forum_thread}
    )


def report(request, forum, post):
    if post.user_id == request.user.pk or not post.is_visible:
        raise Http404
    already = post.reports.filter(reporter=request.user).exists()
    form = ReportForm(request.POST or None)
    refuse_if_over(request, "forum-report", form)
    if request.method == "POST" and not already and form.is_valid():
        posting.report(post, reporter=request.user, **form.cleaned_data)
        return TemplateResponse(
            request, "forum/post_reported.html", {"page": forum, "post": post, "thread": post.forum_thread}
        )
    return TemplateResponse(
        request,
        "forum/post_report.html",
        {"page": forum, "post": post, "thread": post.forum_thread, "form": form, "already_reported": already},
    )


def waiting(request, forum, post):
    """The author's view of their held post: why it waits, and urgent help if needed."""
    if post.user_id != request.user.pk:
        raise Http404
    template = "forum/post_held.html" if request.GET.get("posted") else "forum/post_waiting.html"
    return TemplateResponse(request, template, _waiting_context(forum, post))
