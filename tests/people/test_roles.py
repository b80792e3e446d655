"""Staff roles and the approval workflow exist on a fresh site, and do what they say."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page, Workflow
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from demo.factories.home import ContentPageFactory
from demo.factories.people import UserFactory

pytestmark = pytest.mark.django_db


def staff(group_name):
    user = UserFactory(is_staff=False)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_the_three_roles_exist():
    assert set(Group.objects.values_list("name", flat=True)) >= {"Editors", "Publishers", "Moderators"}


def test_editors_cannot_publish_but_publishers_can(home_page):
    editor, publisher, moderator = staff("Editors"), staff("Publishers"), staff("Moderators")
    assert home_page.permissions_for_user(editor).can_edit()
    assert not home_page.permissions_for_user(editor).can_publish()
    assert home_page.permissions_for_user(publisher).can_publish()
    assert not home_page.permissions_for_user(moderator).can_edit()


def test_every_page_needs_publisher_approval(home_page):
    page = ContentPageFactory(parent=home_page, slug="about")
    workflow = page.get_workflow()
    assert isinstance(workflow, Workflow)
    assert [task.specific.groups.get().name for task in workflow.tasks.all()] == ["Publishers"]


def test_editor_submits_and_publisher_approves(client, home_page):
    editor, publisher = staff("Editors"), staff("Publishers")
    page = ContentPageFactory(parent=home_page, slug="draft-news", live=False)

    client.force_login(editor)
    edit_page = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert edit_page.status_code == 200
    assert b"Submit to Publisher approval" in edit_page.content
    assert b'name="action-publish"' not in edit_page.content

    submitted = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        nested_form_data(
            {
                "title": "Draft news",
                "slug": "draft-news",
                "summary": "A change we want to tell people about.",
                "body": streamfield([("text", rich_text("<p>Some news.</p>"))]),
                "comments": inline_formset([]),
                "action-submit": "Submit to Publisher approval",
            }
        ),
    )
    assert submitted.status_code == 302
    page.refresh_from_db()
    assert not page.live
    workflow_state = page.current_workflow_state
    assert workflow_state.status == "in_progress"

    client.force_login(publisher)
    dashboard = client.get(reverse("wagtailadmin_home"))
    assert page.title.encode() in dashboard.content  # "Awaiting your review"

    workflow_state.current_task_state.task.specific.on_action(workflow_state.current_task_state, publisher, "approve")
    assert Page.objects.get(pk=page.pk).live
