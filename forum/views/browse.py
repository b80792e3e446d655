"""Reading the forum: the front page, a category's threads, a thread and its replies."""

from dataclasses import dataclass, field

from django.db.models import Count, Max, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from core import languages
from core.pagination import paginate

from ..forms import ReplyForm
from ..models import Category, Follow, Post, Status, Thread
from ..permissions import can_moderate
from ..posting import why_cannot_post

THREADS_PER_PAGE = 20
BRANCHES_PER_PAGE = 20  # replies to the opening post, each with the replies below it
LATEST_THREADS = 5

SORTS = {
    "activity": (_("Latest activity"), ["-last_activity_at", "-pk"]),
    "newest": (_("Newest"), ["-created_at", "-pk"]),
    "replies": (_("Most replies"), ["-reply_count", "-last_activity_at"]),
}


def forum_index(request, forum):
    public = Q(threads__is_public=True)
    # In the editors' order, said again: a query that counts (GROUP BY) drops the model's own.
    categories = Category.objects.annotate(
        thread_count=Count("threads", filter=public), last_activity_at=Max("threads__last_activity_at", filter=public)
    ).order_by("sort_order", "pk")
    latest = Thread.objects.for_listing().order_by("-last_activity_at")[:LATEST_THREADS]
    return TemplateResponse(
        request,
        "forum/forum_page.html",
        {
            "page": forum,
            "categories": categories,
            "latest_threads": latest,
            "house_rules": forum.house_rules.all(),
        },
    )


def category(request, forum, category_slug):
    category = get_object_or_404(Category, slug=category_slug)
    sort = request.GET.get("sort") if request.GET.get("sort") in SORTS else "activity"
    threads = Thread.objects.for_listing().filter(category=category).order_by(*SORTS[sort][1])
    pagination = paginate(request, threads, per_page=THREADS_PER_PAGE)
    return TemplateResponse(
        request,
        "forum/category.html",
        {
            "page": forum,
            "category": category,
            "sort": sort,
            "sorts": [(key, label) for key, (label, _ordering) in SORTS.items()],
            **pagination.as_context(),
        },
    )


@dataclass
class Node:
    """A post as the thread page shows it, with the replies below it."""

    post: Post
    children: list = field(default_factory=list)


def _can_see(post, user):
    return post.status != Status.HELD or post.user_id == user.pk or can_moderate(user)


def _tree(posts, user):
    """Nest posts (in django-comments-xtd's `order`) under their parents. A held post is
    left out for everyone but its author unless replies hang below it, when a placeholder
    keeps the conversation readable."""
    roots, by_id = [], {}
    for post in posts:
        if not _can_see(post, user) and not post.nested_count:
            continue
        node = by_id[post.pk] = Node(post)
        parent = by_id.get(post.parent_id)
        (parent.children if parent else roots).append(node)
    return roots


def thread_is_visible(thread, user):
    """Public threads to everyone; a held one to its author and to moderators, whose queue
    links to posts in place."""
    return thread.is_public or (user.is_authenticated and thread.author_id == user.pk) or can_moderate(user)


def thread(request, forum, thread_id, thread_slug):
    related = ("category", "about", "opening_post__user", "opening_post__content_type")
    thread = get_object_or_404(Thread.objects.select_related(*related), pk=thread_id)
    if not thread_is_visible(thread, request.user):
        raise Http404
    if thread.opening_post:
        thread.opening_post.forum_thread = thread  # what `is_visible` reads, without a query
    canonical = languages.in_current_language(forum.thread_url(thread))
    if request.path != canonical:
        return redirect(canonical, permanent=True)

    branches = Post.objects.filter(forum_thread=thread, level=1).order_by("order").values_list("order", flat=True)
    pagination = paginate(request, branches, per_page=BRANCHES_PER_PAGE)
    orders = list(pagination.page_obj.object_list)
    window = Post.objects.none()
    if orders:
        following_branch = branches.filter(order__gt=orders[-1]).first()
        # Through the thread, so each reply knows its thread (`Post.is_visible`) without a query.
        window = thread.posts.filter(level__gt=0, order__gte=orders[0])
        if following_branch is not None:
            window = window.filter(order__lt=following_branch)
        window = window.select_related("user").order_by("order")

    user = request.user
    context = {
        "page": forum,
        "thread": thread,
        "opening_post": thread.opening_post,
        "replies": _tree(window, user),
        "reply_form": ReplyForm(),
        "cannot_post_because": why_cannot_post(user),
        "can_moderate": can_moderate(user),
        **pagination.as_context(),
    }
    if user.is_authenticated:
        context["is_following"] = Follow.objects.filter(thread=thread, member=user).exists()
        context["reported_post_ids"] = set(
            user.forum_reports.filter(post__forum_thread=thread).values_list("post_id", flat=True)
        )
    return TemplateResponse(request, "forum/thread.html", context)


def permalink(request, forum, post_id):
    """Send a link to one post to the right page of its thread, scrolled to the post."""
    post = get_object_or_404(Post.objects.select_related("forum_thread__category"), pk=post_id)
    thread = post.forum_thread
    if not thread_is_visible(thread, request.user):
        raise Http404
    url = forum.thread_url(thread)
    if post.level > 0:
        branches = Post.objects.filter(forum_thread=thread, level=1)
        branch_order = branches.filter(order__lte=post.order).aggregate(Max("order"))["order__max"]
        page_number = branches.filter(order__lt=branch_order).count() // BRANCHES_PER_PAGE + 1
        if page_number > 1:
            url += f"?page={page_number}"
    return redirect(f"{url}#post-{post.pk}")
