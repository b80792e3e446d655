"""Who may do what with stories, asked of Wagtail's permission policies (people/roles.py gives
the staff roles these permissions): moderators decide on stories, as on forum posts; staff who
answer for a service (publishers) write the responses."""

from wagtail.permission_policies import ModelPermissionPolicy

from .models import Story, StoryResponse

story_permission_policy = ModelPermissionPolicy(Story)
response_permission_policy = ModelPermissionPolicy(StoryResponse)

MODERATE = "moderate"  # the permission "stories.moderate_story"


def can_moderate(user):
    return story_permission_policy.user_has_permission(user, MODERATE)


def moderators():
    """Everyone the moderation e-mails about stories go to."""
    return story_permission_policy.users_with_permission(MODERATE)
