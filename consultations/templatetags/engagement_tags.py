"""Pieces of the engagement cycle that other rooms' pages show, such as the home page."""

from django import template

from consultations.models import (
    ConsultationIndexPage,
    ConsultationPage,
    EngagementReportPage,
    OutcomeIndexPage,
    OutcomePage,
)
from core import published

register = template.Library()


@register.inclusion_tag("consultations/includes/open_now.html", takes_context=True)
def open_consultations(context, limit=3):
    """Consultations people can answer now, closing soonest first."""
    consultations = (
        published.public(ConsultationPage.objects.live()).open_now().with_stage().select_related("topic", "place")
    ).order_by("closes_at")[:limit]
    finder = published.first("consultation-finder", ConsultationIndexPage.objects.live)
    return {"consultations": consultations, "finder": finder, "request": context.get("request")}


@register.inclusion_tag("consultations/includes/latest_outcomes.html", takes_context=True)
def latest_outcomes(context, limit=3):
    """The newest "you said, we did" pages."""
    outcomes = published.public(OutcomePage.objects.live()).order_by("-first_published_at")[:limit]
    index = published.first("outcome-index", OutcomeIndexPage.objects.live)
    return {"outcomes": outcomes, "index": index, "request": context.get("request")}


@register.inclusion_tag("consultations/includes/engagement_report_link.html", takes_context=True)
def latest_engagement_report(context):
    """A link to the newest yearly engagement report, if there is one."""
    report = published.public(EngagementReportPage.objects.live()).order_by("-year_starting").first()
    return {"report": report, "request": context.get("request")}
