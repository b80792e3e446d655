"""Make Wagtail's own "Moderators" group, which publishes pages, and its "Moderators approval"
workflow our Publishers and "Publisher approval", so that "Moderators" can mean forum
moderation, which is what the word means on this site. Every page below the root needs a
publisher's approval before an editor's change goes live.

This runs once; administrators may change the workflow later. What each group may do is set
after every migrate by people/roles.py.
"""

from django.db import migrations

WORKFLOW_NAME = "Publisher approval"


def publishers_from_wagtails_moderators(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    if not Group.objects.filter(name="Publishers").exists():
        Group.objects.filter(name="Moderators").update(name="Publishers")
    publishers, _ = Group.objects.get_or_create(name="Publishers")
    _publisher_approval_workflow(apps, Page.objects.get(depth=1), publishers)


def _publisher_approval_workflow(apps, root, publishers):
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

    operations = [migrations.RunPython(publishers_from_wagtails_moderators, migrations.RunPython.noop)]
