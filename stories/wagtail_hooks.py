"""Stories in the admin: the moderators' buttons in the moderation queue, the responses
staff publish, and the names of the decisions in Reports > Site history."""

from django.urls import path
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter

from .admin_views import ApproveView, RejectView, StoryResponseViewSet


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("stories/queue/<int:story_id>/approve/", ApproveView.as_view(), name="stories_queue_approve"),
        path("stories/queue/<int:story_id>/reject/", RejectView.as_view(), name="stories_queue_reject"),
    ]


@hooks.register("register_admin_viewset")
def register_response_viewset():
    return StoryResponseViewSet("story_responses")


class RejectionFormatter(LogFormatter):
    label = _("Do not publish story")

    def format_message(self, log_entry):
        reason = log_entry.data.get("reason")
        if reason:
            return gettext("Did not publish story: %(reason)s") % {"reason": reason}
        return gettext("Did not publish story")


@hooks.register("register_log_actions")
def register_story_log_actions(actions):
    actions.register_action("stories.approve", _("Approve story"), _("Approved patient story"))
    actions.register_action("stories.reject")(RejectionFormatter)
