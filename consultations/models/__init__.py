"""The consultations room's models, one module per area, re-exported here."""

from .consultation import (
    ConsultationDocument,
    ConsultationIndexPage,
    ConsultationPage,
    ConsultationQuestion,
    EngagementLevel,
    KeyDate,
    Stage,
)
from .easy_read import EasyReadPage, EasyReadPointBlock
from .responses import Channel, ConsultationResponse, ConsultationSubscription, SubscriptionPurpose

__all__ = [
    "Channel",
    "ConsultationDocument",
    "ConsultationIndexPage",
    "ConsultationPage",
    "ConsultationQuestion",
    "ConsultationResponse",
    "ConsultationSubscription",
    "EasyReadPage",
    "EasyReadPointBlock",
    "EngagementLevel",
    "KeyDate",
    "Stage",
    "SubscriptionPurpose",
]
