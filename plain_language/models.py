"""The jargon list editors keep: words many people will not know, and plain ones to use instead."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class JargonTerm(models.Model):
    """A word or phrase that many people will not know, and a plain one to use instead.
    The plain-language check warns editors when their text uses one."""

    term = models.CharField(max_length=80, unique=True)
    plain_alternative = models.CharField(max_length=160)

    class Meta:
        ordering = ["term"]
        verbose_name = _("jargon term")

    def __str__(self):
        return f"{self.term} → {self.plain_alternative}"
