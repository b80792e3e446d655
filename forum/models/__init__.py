"""The forum's models. Categories hold threads; a thread's opening post and its replies are
django-comments-xtd comments (`Post`), each published, held for a moderator or removed.
Members follow threads and report posts; moderators suspend or ban members (`safety.py`).
The states, hold reasons and safeguarding word list are every room's (moderation/models.py)."""

from moderation.models import HoldReason, SafeguardingTerm, Status

from .category import Category
from .follow import Follow
from .forum_page import ForumPage, HouseRule
from .post import Post
from .safety import Report, ReportReason, Sanction
from .thread import Thread

__all__ = [
    "Category",
    "Follow",
    "ForumPage",
    "HoldReason",
    "HouseRule",
    "Post",
    "Report",
    "ReportReason",
    "SafeguardingTerm",
    "Sanction",
    "Status",
    "Thread",
]
