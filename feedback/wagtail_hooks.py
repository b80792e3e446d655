"""Admin wiring: the Feedback menu (quick feedback, suggestions) and starting a forum
conversation from a suggestion (feedback/staff.py)."""

from django.urls import path
from wagtail import hooks

from .staff import FeedbackGroup, start_conversation


@hooks.register("register_admin_viewset")
def register_feedback():
    return FeedbackGroup()


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("feedback/suggestions/<int:pk>/conversation/", start_conversation, name="feedback_start_conversation")]
