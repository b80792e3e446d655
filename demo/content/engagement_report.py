"""The demo's engagement report: this year's, which fills itself in from the rest."""

from django.utils import timezone

from demo.building import upsert
from engagement_report.models import EngagementReportPage


def engagement_report(now):
    """This year's engagement report (April to March), which fills itself in from the rest."""
    today = timezone.localdate(now)
    year = today.year if today.month >= 4 else today.year - 1
    return {
        "slug": f"engagement-report-{year}",
        "title": f"How we involved people: {year} to {year + 1}",
        "year_starting": year,
        "introduction": (
            "Every year we must show how we involved local people in changes to health services. "
            "This report counts who took part and how, and what we did because of what they said. "
            "It updates itself as the year goes on."
        ),
    }


def build_engagement_report(now, site_home, pages):
    """This year's report, under the home page. Returns summary lines."""
    return [upsert(site_home, EngagementReportPage, engagement_report(now), pages)]
