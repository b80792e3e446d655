"""Checks shared by the site's public forms."""

import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Control characters (line breaks, tabs, nulls) and the Unicode line and paragraph separators.
_NOT_ON_ONE_LINE = {"Cc", "Zl", "Zp"}


def has_line_breaks_or_controls(value):
    return any(unicodedata.category(character) in _NOT_ON_ONE_LINE for character in value)


def one_line(value):
    """`value` with every line break and control character made a space, and runs of spaces made
    one: what may go where only one line can, such as an e-mail subject."""
    return " ".join("".join(" " if has_line_breaks_or_controls(c) else c for c in value).split())


def validate_one_line(value):
    """A title or a name is shown on one line and goes into e-mail subjects, where a line break
    would stop every message that carries it."""
    if has_line_breaks_or_controls(value):
        raise ValidationError(
            _("Use letters, numbers and punctuation only, on one line, without tabs or line breaks"),
            code="not_one_line",
        )
