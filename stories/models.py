"""Patient stories: someone tells, in their own words, what happened to them at one of our
services; a moderator reads it before anyone else can; staff of the service answer it in
public, and say whether it led to a change."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from moderation.models import Moderated, Status

MAX_TEXT = 5000


class StoryQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def published(self):
        """What anyone may read: confirmed, and approved by a moderator."""
        return self.filter(status=Status.PUBLISHED).exclude(confirmed_at=None)

    def waiting(self):
        """What the moderation queue shows: confirmed and held. A story whose author has not
        yet confirmed their e-mail address is nobody's work yet."""
        return self.filter(status=Status.HELD).exclude(confirmed_at=None)


class Story(Moderated, index.Indexed):
    """One person's story about one service, as they wrote it."""

    service = models.ForeignKey(
        "taxonomy.Service", on_delete=models.PROTECT, related_name="stories", verbose_name=_("service")
    )
    topics = models.ManyToManyField("taxonomy.Topic", blank=True, related_name="stories", verbose_name=_("topics"))
    title = models.CharField(_("title"), max_length=120, blank=True)
    text = models.TextField(_("story"), max_length=MAX_TEXT)
    # Who told it. A member's story points at their account; anyone else's holds the address
    # they proved is theirs. `shown_name` is what readers see, and may be empty.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="stories"
    )
    email = models.EmailField(_("e-mail address"), blank=True)
    shown_name = models.CharField(_("name shown with the story"), max_length=60, blank=True)
    confirm_token_hash = models.CharField(max_length=64, blank=True, db_index=True)
    confirmed_at = models.DateTimeField(null=True, blank=True, help_text=_("When the author confirmed the story."))
    told_at = models.DateTimeField(default=timezone.now)
    removal_reason = models.CharField(_("why it was not published"), max_length=250, blank=True)

    objects = StoryQuerySet.as_manager()

    search_fields = [
        index.SearchField("title", boost=2),
        index.SearchField("text"),
        index.FilterField("id"),
        index.FilterField("status"),
        index.FilterField("confirmed_at"),
        index.FilterField("told_at"),
        index.FilterField("service_id"),
    ]

    class Meta:
        verbose_name = _("patient story")
        verbose_name_plural = _("patient stories")
        ordering = ["-told_at", "-pk"]
        permissions = [("moderate_story", "Can moderate patient stories")]
        indexes = [models.Index(fields=["status", "held_at"])]

    def __str__(self):
        return self.heading

    @property
    def heading(self):
        """The author's title, or one made from the service."""
        return self.title or _("A story about %(service)s") % {"service": self.service.name}

    @property
    def author_name(self):
        if self.shown_name:
            return self.shown_name
        if self.user_id is None and not self.email:
            return _("A former member")
        return _("Anonymous")

    @property
    def author_email(self):
        """Where the response goes: the member's address, or the one the author confirmed."""
        return self.user.email if self.user_id else self.email

    @classmethod
    def get_indexed_objects(cls):
        return cls.objects.published()

    @property
    def is_visible(self):
        return self.status == Status.PUBLISHED and self.confirmed_at is not None

    def get_absolute_url(self):
        return reverse("stories:story", args=[self.pk])


class Change(models.TextChoices):
    NONE = "", _("No change")
    PLANNED = "planned", _("Change planned")
    MADE = "made", _("Change made")


class StoryResponse(models.Model):
    """The service's public answer to a story. Publishing it e-mails the author, once."""

    story = models.OneToOneField(Story, on_delete=models.CASCADE, related_name="response", verbose_name=_("story"))
    text = models.TextField(_("response"), help_text=_("Plain words, as you would say them to the person."))
    responder = models.CharField(
        _("who is answering"),
        max_length=120,
        help_text=_("A name and role the reader can trust, such as “Ward manager, Minor injuries unit”."),
    )
    change = models.CharField(
        _("did it lead to a change?"),
        max_length=10,
        choices=Change.choices,
        blank=True,
        default=Change.NONE,
    )
    change_summary = models.TextField(
        _("what is changing"), blank=True, help_text=_("One or two sentences, if there is a change.")
    )
    published_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = _("response to a story")
        verbose_name_plural = _("responses to stories")

    def __str__(self):
        return _("Response to “%(story)s”") % {"story": self.story.heading}
