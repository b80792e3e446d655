"""Staff roles and the approval workflow exist on a fresh site, and do what they say. The
roles' permissions are declared once, in people/roles.py, and every `migrate` applies them."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page, Workflow
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from demo.factories.home import ContentPageFactory
from demo.factories.people import UserFactory
from people.models import User
from people.roles import ROLES

pytestmark = pytest.mark.django_db
REPORT = "search.view_noresultsdailyhits"


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


def permissions_of(group):
    """What a group may do, as the names people/roles.py uses, and its page permissions."""
    model = {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.select_related("content_type")}
    pages = sorted(GroupPagePermission.objects.filter(group=group).values_list("page__depth", "permission__codename"))
    return model, pages


def every_role():
    return {group.name: permissions_of(group) for group in Group.objects.filter(name__in=ROLES)}


@pytest.mark.parametrize("name", ROLES)
def test_a_new_site_gives_each_role_exactly_the_declared_permissions(name):
    declared_permissions, declared_page_permissions = ROLES[name]

    model, pages = permissions_of(Group.objects.get(name=name))

    assert model == set(declared_permissions)
    assert pages == sorted((1, codename) for codename in declared_page_permissions)  # 1: the root, every page


def test_migrating_again_changes_nothing():
    before = every_role()
    counts = Group.objects.count(), Permission.objects.count(), GroupPagePermission.objects.count()

    call_command("migrate", verbosity=0)

    assert every_role() == before
    assert (Group.objects.count(), Permission.objects.count(), GroupPagePermission.objects.count()) == counts


def test_a_permission_added_to_a_role_reaches_its_members_at_the_next_migrate(monkeypatch):
    editor = staff("Editors")
    assert not editor.has_perm(REPORT)
    permissions, page_permissions = ROLES["Editors"]
    monkeypatch.setitem(ROLES, "Editors", ((*permissions, REPORT), page_permissions))

    call_command("migrate", verbosity=0)

    assert User.objects.get(pk=editor.pk).has_perm(REPORT)


def test_a_permission_given_to_a_role_by_hand_goes_at_the_next_migrate_but_other_groups_keep_theirs():
    """Taking a permission out of people/roles.py must take it away on every site."""
    report = Permission.objects.get(content_type__app_label="search", codename="view_noresultsdailyhits")
    Group.objects.get(name="Editors").permissions.add(report)
    Group.objects.create(name="Analysts").permissions.add(report)

    call_command("migrate", verbosity=0)

    assert not Group.objects.get(name="Editors").permissions.filter(pk=report.pk).exists()
    assert Group.objects.get(name="Analysts").permissions.filter(pk=report.pk).exists()
