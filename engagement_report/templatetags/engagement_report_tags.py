"""A link to the newest engagement report, for other rooms' pages such as the outcomes index."""

from django import template

from core import published
from engagement_report.models import EngagementReportPage

register = template.Library()


@register.inclusion_tag("engagement_report/includes/engagement_report_link.html", takes_context=True)
def latest_engagement_report(context):
    """A link to the newest yearly engagement report, if there is one."""
    report = published.public(EngagementReportPage.objects.live()).order_by("-year_starting").first()
    return {"report": report, "request": context.get("request")}
