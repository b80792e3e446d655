"""Checks on what people type about themselves."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# One character on each side of an "@" is enough to tell. Runs of them ("[^\s@]+@") would make
# the search retry from every character: a long name then took seconds and held a worker.
_EMAIL_ADDRESS_IN_TEXT = re.compile(r"[^\s@]@[^\s@]")


def validate_not_an_email_address(value):
    """Display names are public, so an e-mail address in one would be shown to everyone."""
    if _EMAIL_ADDRESS_IN_TEXT.search(value):
        raise ValidationError(
            _("Your display name must not contain an e-mail address, because everyone can see it"),
            code="email_in_display_name",
        )
