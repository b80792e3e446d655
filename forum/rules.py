"""The forum's hold rules: the rules on the words every room shares (moderation/rules.py),
and one about the author, since a new member's first posts wait for a moderator too."""

from moderation.rules import (  # noqa: F401 - the forum's rules, read from here by its tests
    MAX_LINKS,
    contains_email_address,
    contains_nhs_number,
    contains_phone_number,
    count_links,
    mentions_safeguarding,
    reasons_in_text,
)

from .models import HoldReason, Post, Status

FIRST_POSTS_HELD = 2


def is_new_member(author):
    """Until a moderator has let two of their posts through, a member's posts wait."""
    return Post.objects.filter(user=author, status=Status.PUBLISHED).count() < FIRST_POSTS_HELD


def reasons_to_hold(author, text, *, first_posts_checked=True):
    """The reasons, in the order the author reads them, that this post must wait. Empty
    when it can be published at once. Staff posts skip the new-member rule only."""
    reasons = reasons_in_text(text)
    if first_posts_checked and is_new_member(author):
        # After a worry about someone's safety, which the author reads first.
        reasons.insert(1 if HoldReason.SAFEGUARDING in reasons else 0, HoldReason.NEW_MEMBER)
    return reasons
