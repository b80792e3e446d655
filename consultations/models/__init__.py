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
from .responses import Channel, ConsultationResponse, ConsultationSubscription, SubscriptionPurpose

__all__ = [
    "Channel",
    "ConsultationDocument",
    "ConsultationIndexPage",
    "ConsultationPage",
    "ConsultationQuestion",
    "ConsultationResponse",
    "ConsultationSubscription",
    "EngagementLevel",
    "KeyDate",
    "Stage",
    "SubscriptionPurpose",
]
