"""Hold rules: which posts wait for a moderator before anyone else sees them, and why.

Each rule looks at the text (or the author) and says whether it applies. They err towards
holding: a moderator approving a harmless post costs a minute; a stranger's NHS number or
phone number in public cannot be taken back."""

import re

import nhs_number
import phonenumbers
from django.core.validators import EmailValidator

from .models import HoldReason, Post, SafeguardingTerm, Status

MAX_LINKS = 2
FIRST_POSTS_HELD = 2

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


def is_new_member(author):
    """Until a moderator has let two of their posts through, a member's posts wait."""
    return Post.objects.filter(user=author, status=Status.PUBLISHED).count() < FIRST_POSTS_HELD


def reasons_to_hold(author, text, *, first_posts_checked=True):
    """The reasons, in the order the author reads them, that this post must wait. Empty
    when it can be published at once. Staff posts skip the new-member rule only."""
    reasons = []
    if mentions_safeguarding(text):
        reasons.append(HoldReason.SAFEGUARDING)
    if first_posts_checked and is_new_member(author):
        reasons.append(HoldReason.NEW_MEMBER)
    if contains_nhs_number(text):
        reasons.append(HoldReason.NHS_NUMBER)
    if contains_phone_number(text):
        reasons.append(HoldReason.PHONE_NUMBER)
    if contains_email_address(text):
        reasons.append(HoldReason.EMAIL_ADDRESS)
    if count_links(text) > MAX_LINKS:
        reasons.append(HoldReason.LINKS)
    return reasons
