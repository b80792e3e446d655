"""The staff roles and what each may do, in one place.

- Editors (the communications team) draft pages and submit them for approval, and keep the
  forum's categories.
- Publishers also approve, publish and schedule pages, and read, export
  and key in consultation responses; only they may export respondents' contact details, and
  see the e-mails that could not be sent (Reports > E-mails not sent).
- Moderators look after the forum and patient stories: the moderation queue, suspensions and bans (which they
  see in Reports > Site history) and the safeguarding word list. No page permissions.
- Engagement leads check whom engagement reaches: the reach report (counts of equality
  answers, never one person's) and the local population figures it compares them with. The
  People Bank's staff view is theirs too, the log of deleted accounts (Reports > Deleted
  accounts), and feedback: quick feedback (reading, exporting and typing in paper cards) and
  suggestions (moving them on, starting a forum conversation from one). No page permissions.
Editors, Publishers, Moderators and Engagement leads write the forum's official responses.

`apply_roles` runs after every `migrate` (people/apps.py), so a new site, a test database and
an upgraded site all end up with exactly these permissions, and a permission added here
reaches every site at its next deploy. These groups belong to this module: a permission
given to one of them in Settings > Groups is taken away again at the next `migrate`, so that
taking one out of this list takes it away everywhere. To give some people more, make another
group; groups not named here are left alone.

Wagtail's own migrations make a "Moderators" group that publishes pages;
people/migrations/0002_roles renames it "Publishers" once, and sets up the approval workflow.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import DEFAULT_DB_ALIAS
from django.db.models import Q

MEDIA = (
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.delete_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.delete_document",
    "wagtaildocs.choose_document",
)
FORUM_CATEGORIES = (
    "forum.add_category",
    "forum.change_category",
    "forum.delete_category",
    "forum.view_category",
)
OFFICIAL_RESPONSES = "forum.write_official_post"
# Reports > E-mails not sent: who each waiting e-mail is to, and why it failed. Publishers own
# what the site tells the public (outcome notices go to the people who answered) and may already
# see respondents' contact details, so they can chase an e-mail that did not go; editors and
# moderators see no one's e-mail address, so they do not get it.
UNSENT_EMAILS = "notifications.view_notification"
# Publishers answer patient stories for the services (Story responses in the admin menu).
STORY_RESPONSES = (
    "stories.add_storyresponse",
    "stories.change_storyresponse",
    "stories.view_storyresponse",
)

# Group name: (permissions as "app_label.codename", page permissions over every page).
ROLES = {
    "Editors": (
        ("wagtailadmin.access_admin", *MEDIA, *FORUM_CATEGORIES, OFFICIAL_RESPONSES),
        ("add_page", "change_page"),
    ),
    "Publishers": (
        (
            "wagtailadmin.access_admin",
            *MEDIA,
            *FORUM_CATEGORIES,
            OFFICIAL_RESPONSES,
            "consultations.view_consultationresponse",
            "consultations.add_consultationresponse",
            "consultations.view_contact_details",
            UNSENT_EMAILS,
            *STORY_RESPONSES,
        ),
        ("add_page", "change_page", "publish_page", "lock_page", "unlock_page"),
    ),
    "Moderators": (
        (
            "wagtailadmin.access_admin",
            OFFICIAL_RESPONSES,
            "forum.moderate_post",
            "stories.moderate_story",
            "forum.view_sanction",
            "moderation.add_safeguardingterm",
            "moderation.change_safeguardingterm",
            "moderation.delete_safeguardingterm",
            "moderation.view_safeguardingterm",
        ),
        (),
    ),
    "Engagement leads": (
        (
            "wagtailadmin.access_admin",
            "equality.view_reach_report",
            "equality.change_localpopulation",
            "people_bank.view_entry",
            "people.view_erasurerecord",
            "feedback.view_quickfeedback",
            "feedback.add_quickfeedback",
            "feedback.view_suggestion",
            "feedback.change_suggestion",
            # A conversation they start from a suggestion speaks for the organisation.
            OFFICIAL_RESPONSES,
        ),
        (),
    ),
}


def apply_roles(apps=global_apps, using=DEFAULT_DB_ALIAS):
    """Give each group in `ROLES` exactly its permissions, making the group if need be.

    `apps` is the registry `post_migrate` passes (the migrations' final state). A permission
    that does not exist yet, as when an app is migrated only part of the way, is left out until
    it does; tests/people/test_roles.py checks that every name here is real. Page permissions
    wait for the root page, which a flushed test database is without."""
    for app_config in global_apps.get_app_configs():
        # Django makes each app's permissions as its own post_migrate comes round; the roles
        # need every app's now, whichever order the apps are in.
        create_permissions(app_config, verbosity=0, using=using, apps=apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    root = apps.get_model("wagtailcore", "Page").objects.using(using).filter(depth=1).first()

    for name, (permission_names, page_codenames) in ROLES.items():
        group, _created = Group.objects.using(using).get_or_create(name=name)
        group.permissions.set(_permissions(Permission.objects.using(using), permission_names))
        if root is None:
            continue
        page_permissions = set(
            _permissions(Permission.objects.using(using), [f"wagtailcore.{codename}" for codename in page_codenames])
        )
        granted = GroupPagePermission.objects.using(using).filter(group=group)
        granted.exclude(page=root, permission__in=page_permissions).delete()
        already = set(granted.values_list("permission_id", flat=True))
        for permission in page_permissions:
            if permission.pk not in already:
                GroupPagePermission.objects.using(using).create(group=group, page=root, permission=permission)


def _permissions(permissions, names):
    if not names:
        return permissions.none()
    wanted = Q()
    for name in names:
        app_label, codename = name.split(".")
        wanted |= Q(content_type__app_label=app_label, codename=codename)
    return permissions.filter(wanted)


def apply_roles_after_migrate(using, apps=global_apps, **kwargs):
    """`migrate` passes its final state as `apps`; `flush` passes none."""
    apply_roles(apps=apps, using=using)
