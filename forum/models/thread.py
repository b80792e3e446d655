from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from core.validators import validate_one_line

TITLE_MAX_LENGTH = 120


class ThreadQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_public=True)

    def for_listing(self):
        return self.public().select_related("category", "author", "about")


class Thread(models.Model):
    """A conversation: a title, an opening post and the replies to it, in one category,
    optionally about a consultation or service change. Its posts are django-comments-xtd
    comments (`forum.Post`) whose target is the thread."""

    title = models.CharField(_("title"), max_length=TITLE_MAX_LENGTH, validators=[validate_one_line])
    slug = models.SlugField(max_length=TITLE_MAX_LENGTH, allow_unicode=True)
    category = models.ForeignKey("forum.Category", on_delete=models.PROTECT, related_name="threads")
    about = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("about"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="forum_threads",
        help_text=_("The consultation or service change this conversation is about, if any."),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="forum_threads"
    )
    opening_post = models.OneToOneField("forum.Post", null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    last_activity_at = models.DateTimeField(default=timezone.now, db_index=True)
    reply_count = models.PositiveIntegerField(
        default=0, help_text=_("Published replies, kept up to date on every change.")
    )
    is_public = models.BooleanField(
        default=False, help_text=_("Whether the opening post is published. Kept up to date whenever its state changes.")
    )

    objects = ThreadQuerySet.as_manager()

    class Meta:
        ordering = ["-last_activity_at"]
        indexes = [models.Index(fields=["category", "is_public", "last_activity_at"])]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.slug = slugify(self.title)[:TITLE_MAX_LENGTH] or "conversation"
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        from .forum_page import ForumPage

        forum = ForumPage.current()
        return forum.thread_url(self) if forum else None

    def refresh_counts(self):
        """Recount published replies and the latest activity from the posts themselves, so
        the listing stays right whatever order approvals and removals happen in."""
        from .post import READABLE

        replies = self.posts.filter(level__gt=0, **READABLE)
        self.reply_count = replies.count()
        latest = replies.order_by("-submit_date").values_list("submit_date", flat=True).first()
        self.last_activity_at = max(filter(None, [latest, self.created_at]))
        Thread.objects.filter(pk=self.pk).update(reply_count=self.reply_count, last_activity_at=self.last_activity_at)
