"""What in the forum changes public pages, and so empties the anonymous page cache
(core/page_cache.py): a post published, approved, edited, held after reports, removed or
deleted; a thread made public or deleted; a category changed. A thread's posts show on its
page, its category's list, the forum page, the home page's latest conversations and search,
so the whole cache is forgotten rather than chosen addresses."""

from django.db.models.signals import post_delete, post_save

from core.page_cache import forget_all_pages

from .models import Category, HoldReason, Post, Status, Thread


def forget_pages_when_the_forum_changes():
    """Connected in ForumConfig.ready()."""
    post_save.connect(_post_saved, sender=Post, dispatch_uid="page-cache-post-saved")
    post_save.connect(_thread_saved, sender=Thread, dispatch_uid="page-cache-thread-saved")
    for model in (Post, Thread, Category):
        post_delete.connect(_forget, sender=model, dispatch_uid=f"page-cache-{model.__name__}-deleted")
    post_save.connect(_forget, sender=Category, dispatch_uid="page-cache-category-saved")


def _post_saved(instance, **kwargs):
    if not _unseen(instance):
        forget_all_pages()


def _unseen(post):
    """Held since it was written, so it has shown nowhere public: a new member's first posts,
    say. Kept pages stay then, so a wave of held posts cannot keep emptying the cache. A post
    held after it was public was edited (edited_at), reported (REPORTED) or decided on
    (moderated_at)."""
    return (
        post.status == Status.HELD
        and post.moderated_at is None
        and post.edited_at is None
        and HoldReason.REPORTED not in post.hold_reasons
    )


def _thread_saved(instance, **kwargs):
    if instance.is_public:
        forget_all_pages()


def _forget(**kwargs):
    forget_all_pages()
