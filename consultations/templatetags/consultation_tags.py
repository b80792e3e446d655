"""Consultations on other rooms' pages, such as the home page."""

from django import template

from consultations.models import ConsultationIndexPage, ConsultationPage, EasyReadPage
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


@register.simple_tag
def easy_read_version(page):
    """The live easy read version of a consultation or service change, if it has one."""
    return published.public(EasyReadPage.objects.live().child_of(page)).first()
