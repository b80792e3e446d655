"""Create the three staff roles and the approval workflow, so that a fresh site has them.

- Editors (communications team) draft pages and submit them for approval.
- Publishers (engagement leads) approve, publish and schedule pages.
- Moderators look after the forum; they get no page permissions.

Wagtail's own first migration makes a "Moderators" group that publishes pages and a
"Moderators approval" workflow. Here those become our Publishers and "Publisher approval",
and "Moderators" is made anew for forum moderation, which is what the word means on this site.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PAGE_PERMISSIONS = {
    "Editors": ["add_page", "change_page"],
    "Publishers": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    "Moderators": [],
}

MEDIA_PERMISSIONS = [
    ("wagtailimages", codename)
    for codename in ("add_image", "change_image", "delete_image", "choose_image")
] + [("wagtaildocs", codename) for codename in ("add_document", "change_document", "delete_document", "choose_document")]

MODEL_PERMISSIONS = {
    "Editors": [("wagtailadmin", "access_admin"), *MEDIA_PERMISSIONS],
    "Publishers": [("wagtailadmin", "access_admin"), *MEDIA_PERMISSIONS],
    "Moderators": [("wagtailadmin", "access_admin")],
}

WORKFLOW_NAME = "Publisher approval"


def create_roles(apps, schema_editor):
    # Permissions are normally created after all migrations; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")

    if not Group.objects.filter(name="Publishers").exists():
        Group.objects.filter(name="Moderators").update(name="Publishers")

    root = Page.objects.get(depth=1)
    for name, codenames in PAGE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        GroupPagePermission.objects.filter(group=group).delete()
        for codename in codenames:
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            GroupPagePermission.objects.create(group=group, page=root, permission=permission)
        group.permissions.set(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
            for app_label, codename in MODEL_PERMISSIONS[name]
        )

    _publisher_approval_workflow(apps, root, Group.objects.get(name="Publishers"))


def _publisher_approval_workflow(apps, root, publishers):
    """Every page below the root needs a publisher's approval before an editor's change goes live."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    task = GroupApprovalTask.objects.filter(groups=publishers).first()
    if task is None:
        content_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
        task = GroupApprovalTask.objects.create(name=WORKFLOW_NAME, content_type=content_type, active=True)
    task.name = WORKFLOW_NAME
    task.save()
    task.groups.set([publishers])

    workflow = Workflow.objects.filter(workflow_tasks__task=task).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    workflow.name = WORKFLOW_NAME
    workflow.save()
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
