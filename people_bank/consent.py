"""The words people agree to when they join, with a version we store beside each consent.

Change the words, and the version with them: an entry keeps the version its owner saw."""

from django.utils.translation import gettext_lazy as _

VERSION = "2026-12"
WORDING = _(
    "I agree that you can keep my details to ask me to take part in things that match what I "
    "chose. I can pause, change or leave at any time."
)
