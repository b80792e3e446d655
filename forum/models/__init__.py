"""The forum's models. See DESIGN.md, "The forum"."""

from .category import Category
from .follow import Follow
from .forum_page import ForumPage, HouseRule
from .moderation import HoldReason, Report, ReportReason, SafeguardingTerm, Sanction, Status
from .post import Post
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
