"""Telling a story and what happens to it: every story is held, reaches the one moderation
queue (as a member at once, as anyone else once they confirm their e-mail address), and a
moderator publishes it or not from that queue in the admin; only a published story can be
read or found."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import ModelLogEntry

from demo.factories.forum import start_thread
from demo.factories.people import MemberFactory
from moderation.models import HoldReason, SafeguardingTerm, Status
from stories.models import Story

from .conftest import confirm_link, form_action, tell

pytestmark = pytest.mark.django_db
QUEUE = reverse("forum_queue")


@pytest.fixture
def told_by_member(client, services, member, django_capture_on_commit_callbacks):
    client.force_login(member)
    with django_capture_on_commit_callbacks(execute=True):
        response = tell(client, email=None)
    assert response.status_code == 302
    assert response["Location"] == reverse("stories:told")
    client.logout()
    return Story.objects.get()


def search(client, words):
    return client.get("/search/", {"q": words}).content.decode()


def test_a_members_story_is_held_and_waits_in_the_moderation_queue(client, told_by_member, moderator):
    assert told_by_member.status == Status.HELD
    assert told_by_member.hold_reasons == [HoldReason.READ_FIRST]
    assert told_by_member.confirmed_at is not None
    assert client.get(told_by_member.get_absolute_url()).status_code == 404
    assert "A kind nurse at night" not in client.get(reverse("stories:list")).content.decode()

    client.force_login(moderator)
    queue = client.get(QUEUE).content.decode()
    assert "A kind nurse at night" in queue
    assert "Every story is read before it is published" in queue
    assert "About Minor injuries unit, by Robin" in queue
    assert told_by_member.user.email not in queue
    assert "Moderation (1)" in client.get(reverse("wagtailadmin_home")).content.decode()


def test_anyone_else_confirms_their_address_before_a_moderator_sees_it(
    client, services, moderator, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert tell(client).status_code == 302
    story = Story.objects.get()
    assert story.confirmed_at is None
    assert [message.subject for message in mailoutbox] == ["Confirm your story"]
    link = confirm_link("robin@example.org")

    client.force_login(moderator)
    assert "A kind nurse at night" not in client.get(QUEUE).content.decode()
    client.logout()

    page = client.get(link)  # a mail scanner opening the link confirms nothing
    assert page.status_code == 200
    assert Story.objects.get().confirmed_at is None
    response = client.post(link)
    assert response.status_code == 302
    assert client.post(link).status_code == 404  # once only

    story.refresh_from_db()
    assert story.confirmed_at is not None and story.status == Status.HELD
    client.force_login(moderator)
    assert "A kind nurse at night" in client.get(QUEUE).content.decode()


def test_a_moderator_publishes_it_from_the_queue_and_then_it_can_be_read_and_found(client, told_by_member, moderator):
    assert "A kind nurse at night" not in search(client, "stitched")

    client.force_login(moderator)
    approve = form_action(client.get(QUEUE).content.decode(), "approve")
    response = client.post(approve, {"next": QUEUE}, follow=True)
    assert "Published the story “A kind nurse at night”." in response.content.decode()
    assert 'id="queue-stories"' not in response.content.decode()  # nothing left in its section
    client.logout()

    story = Story.objects.get()
    assert story.status == Status.PUBLISHED and story.moderated_by == moderator
    page = client.get(story.get_absolute_url()).content.decode()
    assert "made me laugh" in page
    assert "Told by Robin" in page
    assert "A kind nurse at night" in client.get(reverse("stories:list")).content.decode()
    assert "A kind nurse at night" in search(client, "stitched")
    assert ModelLogEntry.objects.filter(action="stories.approve", user=moderator).count() == 1


def test_a_story_the_moderator_will_not_publish_is_never_read_or_found(client, told_by_member, moderator):
    client.force_login(moderator)
    reject = form_action(client.get(QUEUE).content.decode(), "reject")
    response = client.post(reject, {"next": QUEUE}, follow=True)  # no reason chosen
    assert "Choose why the story cannot be published" in response.content.decode()
    assert Story.objects.get().status == Status.HELD

    client.post(reject, {"next": QUEUE, "reason": "identifies"})
    client.logout()
    story = Story.objects.get()
    assert story.status == Status.REMOVED
    assert story.removal_reason == "It could identify someone"
    assert client.get(story.get_absolute_url()).status_code == 404
    assert "A kind nurse at night" not in search(client, "stitched")
    entry = ModelLogEntry.objects.get(action="stories.reject")
    assert entry.data == {"reason": "It could identify someone"}


def test_the_author_is_told_once_in_plain_words_why_their_story_was_not_published(
    client, told_by_member, member, moderator, mailoutbox, django_capture_on_commit_callbacks
):
    mailoutbox.clear()
    client.force_login(moderator)
    reject = form_action(client.get(QUEUE).content.decode(), "reject")
    for _ in range(2):  # pressed twice, or by two moderators at once
        with django_capture_on_commit_callbacks(execute=True):
            client.post(reject, {"next": QUEUE, "reason": "identifies"})

    (declined,) = mailoutbox
    assert declined.to == [member.email]
    assert declined.subject == "We did not publish your story"
    body = " ".join(declined.body.split())
    assert "“A kind nurse at night”" in body
    assert "Someone could be recognised from it" in body
    assert "http://localhost/feedback/stories/tell/" in body


def test_a_phone_number_is_held_for_that_reason_too(client, services, member, moderator):
    client.force_login(member)
    tell(client, email=None, text="The ward said to ring 07700 900123 for my results.")
    assert Story.objects.get().hold_reasons == [HoldReason.PHONE_NUMBER, HoldReason.READ_FIRST]
    client.force_login(moderator)
    assert "May contain a phone number" in client.get(QUEUE).content.decode()


def test_a_story_about_someone_at_risk_is_urgent_as_a_forum_post_is(
    client, services, member, moderator, mailoutbox, django_capture_on_commit_callbacks
):
    second = MemberFactory(display_name="Max the moderator")
    second.groups.add(Group.objects.get(name="Moderators"))
    SafeguardingTerm.objects.get_or_create(phrase="want to die")
    client.force_login(member)
    with django_capture_on_commit_callbacks(execute=True):
        tell(client, email=None, title="Ordinary", text="It was fine, the wait was short.")
    with django_capture_on_commit_callbacks(execute=True):
        response = tell(client, email=None, title="Alone", text="Nobody listened and some days I want to die.")
    assert response["Location"] == reverse("stories:told") + "?urgent"
    assert "get help now" in client.get(response["Location"]).content.decode()

    urgent = [message for message in mailoutbox if message.subject.startswith("Urgent")]
    assert sorted(message.to[0] for message in urgent) == sorted([moderator.email, second.email])
    assert urgent[0].subject == "Urgent: a patient story suggests someone may be at risk"

    client.force_login(moderator)
    urgent, rest = client.get(QUEUE).content.decode().split('id="queue-urgent"')[1].split('id="queue-stories"')
    assert "Alone" in urgent and "Ordinary" not in urgent
    assert "Ordinary" in rest and "Alone" not in rest


def test_every_urgent_item_of_any_kind_comes_before_everything_else(
    client, services, member, forum_page, category, newcomer, moderator
):
    """An urgent forum post waits above an ordinary story; an urgent story above ordinary posts."""
    SafeguardingTerm.objects.get_or_create(phrase="want to die")
    client.force_login(member)
    tell(client, email=None, title="Ordinary", text="It was fine, the wait was short.")
    tell(client, email=None, title="Alone", text="Nobody listened and some days I want to die.")
    start_thread(newcomer, category=category, title="Parking", text="Where do visitors park?")
    start_thread(newcomer, category=category, title="Tonight", text="I want to die tonight.")

    client.force_login(moderator)
    page = client.get(QUEUE).content.decode()
    assert "<h1" in page and "Moderation" in page.split("<h1")[1].split("</h1>")[0]
    order = [page.index(words) for words in ("I want to die tonight.", "Alone", "Ordinary", "Where do visitors park?")]
    assert order == sorted(order)
    urgent = page.split('id="queue-urgent"')[1].split('id="queue-stories"')[0]
    assert "I want to die tonight." in urgent and "Nobody listened" in urgent
    assert "Where do visitors park?" not in urgent and "It was fine" not in urgent
    assert "Moderation (4)" in client.get(reverse("wagtailadmin_home")).content.decode()


def test_people_who_are_not_moderators_cannot_decide(client, told_by_member, member):
    editor = MemberFactory()
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    response = client.post(reverse("stories_queue_approve", args=[told_by_member.pk]))
    assert response.status_code in (302, 403)
    assert Story.objects.get().status == Status.HELD


def test_the_story_pages_show_nothing_about_who_is_looking(client, told_by_member, moderator):
    client.force_login(moderator)
    client.post(form_action(client.get(QUEUE).content.decode(), "approve"))
    client.logout()
    client.force_login(told_by_member.user)
    as_author = client.get(told_by_member.get_absolute_url()).content.decode()
    assert told_by_member.user.email not in as_author
    assert "csrfmiddlewaretoken" not in as_author
    client.logout()
    anonymous = client.get(told_by_member.get_absolute_url())
    assert "Set-Cookie" not in anonymous.headers
    assert told_by_member.user.email not in anonymous.content.decode()


def test_a_story_nobody_confirms_is_deleted_after_a_week(client, services, settings):
    from django.utils import timezone

    from people.retention import apply_retention

    tell(client)
    Story.objects.update(told_at=timezone.now() - timezone.timedelta(days=settings.STORIES_UNCONFIRMED_DAYS + 1))
    assert ("Patient stories nobody confirmed", 1) in apply_retention()
    assert not Story.objects.exists()


def test_moderators_get_one_work_is_waiting_email_per_half_hour_for_posts_and_stories_together(
    client, services, member, forum_page, category, newcomer, moderator, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(member)
    tell(client, email=None, title="Before", text="It was fine, the wait was short.")  # saved, e-mail not yet sent
    with django_capture_on_commit_callbacks(execute=True):
        start_thread(newcomer, category=category, title="Parking", text="Where do visitors park?")
    with django_capture_on_commit_callbacks(execute=True):
        tell(client, email=None, title="After", text="The porter found me a wheelchair.")

    (waiting,) = [message for message in mailoutbox if message.to == [moderator.email]]
    assert waiting.subject == "Work is waiting in the moderation queue"
    assert "Forum posts: 1" in waiting.body
    assert "Patient stories: 1" in waiting.body
    assert "/admin/forum/queue/" in waiting.body
