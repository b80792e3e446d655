"""Staff are known by their permissions, never by the name of a group: the "official response"
badge, the moderators' e-mails and the moderation admin all ask for a permission, so a
superuser, or someone given a permission directly, counts as much as a member of a staff group."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from demo.factories.forum import start_thread
from demo.factories.people import MemberFactory
from forum import posting


def permission(name):
    app_label, codename = name.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def given_directly(*names, **kwargs):
    user = MemberFactory(**kwargs)
    user.user_permissions.add(*[permission(name) for name in names])
    return user


def test_the_official_response_badge_follows_the_permission_whatever_the_group_is_called(
    client, forum_page, category, member
):
    team = given_directly("forum.write_official_post", display_name="ICB engagement team")
    nurses = Group.objects.create(name="Chief nurse's office")
    nurses.permissions.add(permission("forum.write_official_post"))
    nurse = MemberFactory(display_name="Chief nurse")
    nurse.groups.add(nurses)
    opening = start_thread(member, category=category, title="Crisis café hours")

    posting.reply(author=team, parent=opening, text="The café is open 6pm to midnight.")
    posting.reply(author=nurse, parent=opening, text="Nurses are there every night.")
    posting.reply(author=MemberFactory(display_name="Dee"), parent=opening, text="Is it open on Sundays?")

    html = client.get(opening.forum_thread.get_absolute_url()).content.decode()
    assert "The café is open 6pm to midnight." in html  # staff skip the new member's hold
    assert "Nurses are there every night." in html
    assert "Is it open on Sundays?" not in html
    assert html.count("Official response") == 2


def test_a_safeguarding_hold_emails_superusers_and_people_given_the_permission_directly(
    forum_page, category, member, newcomer, moderator, mailoutbox, django_capture_on_commit_callbacks
):
    superuser = MemberFactory(display_name="Site administrator", is_superuser=True, is_staff=True)
    on_call = given_directly("forum.moderate_post", display_name="On-call safeguarding lead")
    given_directly("forum.moderate_post", display_name="Left last year", is_active=False)
    opening = start_thread(member, category=category, title="Night transport")

    with django_capture_on_commit_callbacks(execute=True):
        posting.reply(author=newcomer, parent=opening, text="I want to end my life")

    urgent = [message.to[0] for message in mailoutbox if message.subject.startswith("Urgent")]
    assert sorted(urgent) == sorted([moderator.email, superuser.email, on_call.email])


@pytest.mark.django_db
def test_someone_given_the_permission_directly_can_use_the_moderation_queue(client, forum_page, category, newcomer):
    start_thread(newcomer, category=category, text="Who pays for the taxi?")
    client.force_login(given_directly("wagtailadmin.access_admin", "forum.moderate_post"))

    assert "Who pays for the taxi?" in client.get(reverse("forum_queue")).content.decode()
