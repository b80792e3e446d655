"""Consultations on other rooms' pages, such as the home page."""

from django import template

from consultations.models import ConsultationIndexPage, ConsultationPage

register = template.Library()


@register.inclusion_tag("consultations/includes/open_now.html", takes_context=True)
def open_consultations(context, limit=3):
    """Consultations people can answer now, closing soonest first."""
    consultations = (
        ConsultationPage.objects.live().public().open_now().with_stage().select_related("topic", "place")
    ).order_by("closes_at")[:limit]
    finder = ConsultationIndexPage.objects.live().first()
    return {"consultations": consultations, "finder": finder, "request": context.get("request")}
