"""Who may do what in the forum, asked of Wagtail's permission policy for posts, never of a
group's name: an active superuser, or someone given a permission directly, counts as much as a
member of a group that holds it. people/roles.py gives the staff roles these permissions."""

from wagtail.permission_policies import ModelPermissionPolicy

from .models import Post

post_permission_policy = ModelPermissionPolicy(Post)

# Actions on the policy; each is the permission "forum.<action>_post".
MODERATE = "moderate"  # the moderation queue, suspensions and bans, the safeguarding words
WRITE_OFFICIAL = "write_official"  # posts carry the "official response" badge


def can_moderate(user):
    return post_permission_policy.user_has_permission(user, MODERATE)


def speaks_for_the_organisation(user):
    """Staff: their posts are official responses and skip the new-member hold."""
    return post_permission_policy.user_has_permission(user, WRITE_OFFICIAL)


def moderators():
    """Everyone the moderation e-mails go to: active people who may moderate."""
    return post_permission_policy.users_with_permission(MODERATE)
