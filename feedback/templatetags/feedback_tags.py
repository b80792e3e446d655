"""Feedback's sections on other rooms' pages. The engagement report sits below this room, so it
shows the involvement check's result through this tag rather than by importing it."""

from django import template

from feedback.involvement import satisfaction

register = template.Library()


@register.inclusion_tag("feedback/includes/involvement_satisfaction.html")
def involvement_satisfaction(report):
    """How satisfied people were with how we involved them in the report's consultations,
    against the goal of 80%."""
    return {"result": satisfaction([entry.page for entry in report.entries]), "report": report}
