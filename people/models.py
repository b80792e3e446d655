"""The people who use the site: members of the public with accounts, and staff."""

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.validators import validate_one_line

from .validators import validate_not_an_email_address


class UserManager(BaseUserManager):
    """Creates users keyed by e-mail address, since there is no username."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields["is_staff"] = True
        extra_fields["is_superuser"] = True
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A person with an account. They log in with their e-mail address, which is private;
    everyone else sees only their display name."""

    username = None
    first_name = None
    last_name = None
    email = models.EmailField(_("e-mail address"), unique=True)
    display_name = models.CharField(
        _("display name"),
        max_length=50,
        validators=[validate_one_line, validate_not_an_email_address],
        help_text=_("The name other people see next to your posts. Do not use your e-mail address."),
    )

    deletion_warning_sent_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text=_("When we last e-mailed to say we would delete the account because nobody had logged in to it."),
    )

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["display_name"]

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self):
        return self.display_name or _("Member %(id)s") % {"id": self.pk}

    def get_full_name(self):
        return self.display_name

    def get_short_name(self):
        return self.display_name

    @property
    def is_member_of_the_public(self):
        """No staff role, admin access or permission of their own: staff accounts are the
        organisation's to close, not deleted from the account page or for being unused."""
        return not (self.is_staff or self.is_superuser or self.groups.exists() or self.user_permissions.exists())


def members_of_the_public():
    """Every account `User.is_member_of_the_public` says is one."""
    return User.objects.filter(is_staff=False, is_superuser=False, groups=None, user_permissions=None)


class ErasureRecord(models.Model):
    """That an account was erased: when, why, and what happened to its forum posts. It holds
    nothing that could tell whose account it was (no id, name or address), so it can be kept
    as evidence that we do what the privacy notice says."""

    class Reason(models.TextChoices):
        REQUEST = "request", _("The member deleted their account")
        INACTIVE = "inactive", _("Nobody had logged in to it for the time the privacy notice gives")

    class Posts(models.TextChoices):
        KEPT = "kept", _("Kept, shown as by a former member")
        REMOVED = "removed", _("Deleted")

    erased_at = models.DateTimeField(default=timezone.now, editable=False)
    reason = models.CharField(max_length=16, choices=Reason.choices)
    posts = models.CharField(_("forum posts"), max_length=16, choices=Posts.choices)

    class Meta:
        ordering = ["-erased_at"]
        verbose_name = _("erased account")

    def __str__(self):
        return f"{self.erased_at:%Y-%m-%d %H:%M} {self.reason} ({self.posts})"
