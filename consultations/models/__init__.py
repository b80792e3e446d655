"""The engagement cycle's models, one module per kind of page, re-exported here."""

from .consultation import (
    ConsultationDocument,
    ConsultationIndexPage,
    ConsultationPage,
    ConsultationQuestion,
    EngagementLevel,
    KeyDate,
    Stage,
)
from .event import EventIndexPage, EventKind, EventPage
from .outcome import ActionStatus, OutcomeIndexPage, OutcomePage, OutcomeTheme
from .report import EngagementReportPage
from .responses import Channel, ConsultationResponse, ConsultationSubscription, SubscriptionPurpose
from .service_change import ServiceChangeIndexPage, ServiceChangeMilestone, ServiceChangePage, ServiceChangeStatus
from .taxonomy import JargonTerm, Place, Topic

__all__ = [
    "ActionStatus",
    "Channel",
    "ConsultationDocument",
    "ConsultationIndexPage",
    "ConsultationPage",
    "ConsultationQuestion",
    "ConsultationResponse",
    "ConsultationSubscription",
    "EngagementLevel",
    "EngagementReportPage",
    "EventIndexPage",
    "EventKind",
    "EventPage",
    "JargonTerm",
    "KeyDate",
    "OutcomeIndexPage",
    "OutcomePage",
    "OutcomeTheme",
    "Place",
    "ServiceChangeIndexPage",
    "ServiceChangeMilestone",
    "ServiceChangePage",
    "ServiceChangeStatus",
    "Stage",
    "SubscriptionPurpose",
    "Topic",
]
