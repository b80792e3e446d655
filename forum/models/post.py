from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_comments_xtd.models import XtdComment, XtdCommentManager
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from moderation.models import Moderated, Status

from .thread import Thread

EDIT_WINDOW = timezone.timedelta(minutes=30)

# What anyone may read, in one place: a post whose own fields have these values (published, not
# deleted), in a public thread (`Thread.is_public`, true while its opening post is published).
# `Post.objects.visible()` filters on them and `Post.is_visible` checks one post against them.
READABLE = {"status": Status.PUBLISHED, "deleted_at": None}


class PostQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def visible(self):
        """What anyone may read (`READABLE`, in a public thread). A search backend filters on a
        post's own fields only and cannot follow its relation to the thread, so the thread's part
        is the ids of the few threads that are not public: the site search filters on this too."""
        posts = self.filter(**READABLE)
        hidden_threads = list(Thread.objects.filter(is_public=False).values_list("pk", flat=True))
        return posts.exclude(forum_thread_id__in=hidden_threads) if hidden_threads else posts

    def replies(self):
        return self.filter(level__gt=0)


class PostManager(XtdCommentManager.from_queryset(PostQuerySet)):
    pass


class Post(XtdComment, Moderated, index.Indexed):
    """One post: a thread's opening post (level 0) or a reply to a post (levels 1 to 3).

    django-comments-xtd keeps the tree (`parent_id`, `level`, `order`). It also cascades
    `is_public` and `is_removed` to every reply below a post, which would hide other
    people's replies along with one bad post, so those two stay at their defaults and
    `status` is what moderation changes. (The cascade is a pre-save signal that copies the
    two onto the replies below at every save of a post, so they cannot be set on one alone.)"""

    # Not `thread`: django-comments-xtd's `thread_id` is the id of the tree's root post.
    forum_thread = models.ForeignKey("forum.Thread", on_delete=models.CASCADE, related_name="posts")
    # Published unless a hold rule says otherwise (`Moderated` starts everything held).
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PUBLISHED, db_index=True)
    removal_reason = models.CharField(
        _("house rule broken"), max_length=120, blank=True, help_text=_("The rule's title at the time of removal.")
    )
    edited_at = models.DateTimeField(null=True, blank=True)
    deleted_at = models.DateTimeField(null=True, blank=True)
    is_official = models.BooleanField(
        default=False, help_text=_("Written by a member of staff, so it carries the 'official response' badge.")
    )

    objects = PostManager()

    search_fields = [
        index.SearchField("comment"),
        index.SearchField("search_title", boost=2),
        index.FilterField("id"),
        index.FilterField("status"),
        index.FilterField("deleted_at"),
        index.FilterField("level"),
        index.FilterField("forum_thread_id"),
        index.FilterField("submit_date"),
    ]

    class Meta:
        verbose_name = _("forum post")
        permissions = [
            ("moderate_post", "Can moderate forum posts and members"),
            ("write_official_post", "Can write the forum's official responses"),
        ]
        indexes = [models.Index(fields=["status", "held_at"])]

    def __str__(self):
        what = _("Opening post") if self.is_opening_post else _("Reply")
        return _("%(what)s by %(author)s in “%(title)s”") % {
            "what": what,
            "author": self.user or _("a former member"),
            "title": self.forum_thread.title,
        }

    @classmethod
    def get_indexed_objects(cls):
        return cls.objects.visible()

    def search_title(self):
        return self.forum_thread.title if self.is_opening_post else ""

    @property
    def is_opening_post(self):
        return self.level == 0

    @property
    def is_deleted(self):
        return self.deleted_at is not None

    @property
    def is_visible(self):
        """Anyone may read it: the rule `Post.objects.visible()` filters on."""
        own_fields_readable = all(getattr(self, field) == value for field, value in READABLE.items())
        return own_fields_readable and self.forum_thread.is_public

    @property
    def is_editable(self):
        """Within half an hour of posting, and not deleted or removed since."""
        return (
            not self.is_deleted and self.status != Status.REMOVED and timezone.now() - self.submit_date <= EDIT_WINDOW
        )

    def can_edit(self, user):
        return user.is_authenticated and user.pk == self.user_id and self.is_editable

    def can_delete(self, user):
        return user.is_authenticated and user.pk == self.user_id and not self.is_deleted
