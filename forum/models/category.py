from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Orderable


class Category(Orderable):
    """A shelf of conversations, such as "Mental health" or "Getting to hospital". Editors
    add, reorder and describe them under Snippets; every thread belongs to one."""

    name = models.CharField(_("name"), max_length=80, unique=True)
    slug = models.SlugField(
        _("slug"), max_length=80, unique=True, help_text=_("The last part of the web address, e.g. 'transport'.")
    )
    description = models.CharField(
        _("description"), max_length=250, help_text=_("One plain sentence on what belongs here.")
    )

    class Meta(Orderable.Meta):
        verbose_name = _("forum category")
        verbose_name_plural = _("forum categories")

    def __str__(self):
        return self.name

    def clean(self):
        from .forum_page import RESERVED_SLUGS

        if self.slug in RESERVED_SLUGS:
            raise ValidationError(
                {"slug": _("“%(slug)s” is used by the forum itself. Please choose another.") % {"slug": self.slug}}
            )
