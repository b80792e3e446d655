"""Hold rules on the words themselves, shared by every room that publishes what people write:
which words wait for a moderator before anyone else sees them, and why.

Each rule looks at the text and says whether it applies. They err towards holding: a
moderator approving a harmless post costs a minute; a stranger's NHS number or phone number in
public cannot be taken back. Rooms add rules about the author (the forum's new members)."""

import re

import nhs_number
import phonenumbers
from django.core.validators import EmailValidator

from .models import HoldReason, SafeguardingTerm

MAX_LINKS = 2

LINK = re.compile(r"(?i)\b(?:https?://|www\.)\S+")
TEN_DIGITS = re.compile(r"(?<!\d)(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?!\d)")
# Starts only where a run of address characters starts: otherwise a long run with no "@" is
# searched again from each of its characters, which takes time by the square of its length.
EMAIL_LIKE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def count_links(text):
    return len(LINK.findall(text))


def contains_nhs_number(text):
    """Ten digits, spaced as 3-3-4 or not at all, that pass the NHS modulus-11 check."""
    return any(nhs_number.is_valid("".join(match.groups())) for match in TEN_DIGITS.finditer(text))


def contains_phone_number(text):
    """A UK phone number, landline or mobile, written in any usual way, including ones
    Ofcom keeps for drama (they look real to readers)."""
    matcher = phonenumbers.PhoneNumberMatcher(text, "GB", leniency=phonenumbers.Leniency.POSSIBLE)
    return any(_looks_like_uk_phone_number(match.raw_string) for match in matcher)


def _looks_like_uk_phone_number(raw):
    digits = re.sub(r"\D", "", raw)
    dialled_in_uk = raw.lstrip("(").startswith("0") and len(digits) in (10, 11)
    dialled_from_abroad = raw.startswith("+44") and len(digits) in (11, 12)
    return (dialled_in_uk or dialled_from_abroad) and not nhs_number.is_valid(digits)


def contains_email_address(text):
    validate = EmailValidator()
    for candidate in EMAIL_LIKE.findall(text):
        try:
            validate(candidate)
        except Exception:  # noqa: BLE001,S112 - not an address after all
            continue
        return True
    return False


def safeguarding_phrases_in(text, phrases):
    words = " ".join(re.sub(r"[^\w'-]+", " ", text.lower()).split())
    return [phrase for phrase in phrases if re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", words)]


def mentions_safeguarding(text):
    """Whether the text uses a phrase from the moderators' safeguarding list."""
    return bool(safeguarding_phrases_in(text, SafeguardingTerm.objects.values_list("phrase", flat=True)))


def reasons_in_text(text):
    """The reasons in the words themselves that they must wait, safeguarding first (the
    author reads them in this order). Empty when nothing in the text needs a moderator."""
    checks = [
        (HoldReason.SAFEGUARDING, mentions_safeguarding),
        (HoldReason.NHS_NUMBER, contains_nhs_number),
        (HoldReason.PHONE_NUMBER, contains_phone_number),
        (HoldReason.EMAIL_ADDRESS, contains_email_address),
        (HoldReason.LINKS, lambda words: count_links(words) > MAX_LINKS),
    ]
    return [reason for reason, applies in checks if applies(text)]
