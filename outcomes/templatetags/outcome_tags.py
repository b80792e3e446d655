"""The newest "you said, we did" pages, for other rooms' pages such as the home page."""

from django import template

from core import published
from outcomes.models import OutcomeIndexPage, OutcomePage

register = template.Library()


@register.inclusion_tag("outcomes/includes/latest_outcomes.html", takes_context=True)
def latest_outcomes(context, limit=3):
    """The newest "you said, we did" pages."""
    outcomes = published.public(OutcomePage.objects.live()).order_by("-first_published_at")[:limit]
    index = published.first("outcome-index", OutcomeIndexPage.objects.live)
    return {"outcomes": outcomes, "index": index, "request": context.get("request")}
