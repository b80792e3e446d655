"""A person's stories in "Download your data" and "Delete your account": stories told as a
member and with an address they proved is theirs; kept as a former member's, or deleted, as
the person chooses for their forum posts."""

import io
import json
import zipfile

import pytest
from django.urls import reverse

from demo.factories.forum import start_thread
from demo.factories.people import MemberFactory
from demo.factories.stories import StoryFactory
from moderation.models import Status
from people.personal_data import Person, erase_person
from stories.models import Story

pytestmark = pytest.mark.django_db


@pytest.fixture
def teller(home_page):
    member = MemberFactory(display_name="Quill", email="quill@example.org")
    StoryFactory(user=member, email="", shown_name="Quill", title="Quick stitches", text="Stitched in ten minutes.")
    StoryFactory(user=None, email="QUILL@example.org", shown_name="", title="Before I joined")
    StoryFactory(user=None, email="someone.else@example.org", title="Not Quill's")
    return member


def test_the_download_holds_the_stories_told_as_a_member_and_with_their_address(client, teller):
    client.force_login(teller)
    asked = client.get(reverse("people:your_data"), follow=True)
    client.post(asked.redirect_chain[-1][0], {"password": "a-long-test-password"}, follow=True)
    response = client.post(reverse("people:download_data"))
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    records = json.loads(archive.read("your_data.json"))["kinds"]["patient_stories"]["records"]
    assert sorted(record["title"] for record in records) == ["Before I joined", "Quick stitches"]


def test_erasure_keeping_posts_keeps_the_stories_as_a_former_members(client, teller):
    """Published ones only, as the privacy notice says: a story we have not published is deleted."""
    StoryFactory(user=teller, email="", title="Still waiting", status=Status.HELD)
    erase_person(Person.of(teller, keep_posts=True))
    assert not Story.objects.filter(title="Still waiting").exists()
    kept = Story.objects.get(title="Quick stitches")
    assert (kept.user, kept.email, kept.shown_name) == (None, "", "")
    page = client.get(kept.get_absolute_url()).content.decode()
    assert "Stitched in ten minutes." in page and "Told by A former member" in page
    assert Story.objects.get(title="Before I joined").email == ""
    assert Story.objects.get(title="Not Quill's").email == "someone.else@example.org"


def test_erasure_removing_posts_deletes_the_stories(client, teller):
    erase_person(Person.of(teller, keep_posts=False))
    assert list(Story.objects.values_list("title", flat=True)) == ["Not Quill's"]
    assert "Stitched" not in client.get("/search/", {"q": "stitched"}).content.decode().split("</h1>")[1]


def delete_page(client, member):
    """The delete-account page, once the member has typed their password again."""
    client.force_login(member)
    asked = client.get(reverse("people:delete_account"), follow=True)
    return client.post(asked.redirect_chain[-1][0], {"password": "a-long-test-password"}, follow=True)


def test_a_member_with_stories_and_no_posts_is_asked_about_their_stories(client, teller):
    html = delete_page(client, teller).content.decode()
    assert "What should we do with your published stories?" in html
    assert "forum posts?" not in html

    refused = client.post(reverse("people:delete_account"), {})
    assert "Choose what we should do with your published stories" in refused.content.decode()
    assert client.post(reverse("people:delete_account"), {"posts": "keep"})["Location"] == reverse(
        "people:account_deleted"
    )
    assert Story.objects.get(title="Quick stitches").shown_name == ""  # kept, as a former member's


def test_a_member_with_posts_and_stories_is_asked_about_both_at_once(client, teller, forum_page, category):
    start_thread(teller, category=category, title="Night buses", text="Is there one after 10pm?")
    html = delete_page(client, teller).content.decode()
    assert "What should we do with your forum posts and your published stories?" in html


def test_a_member_whose_stories_are_not_published_is_not_asked(client, home_page):
    member = MemberFactory(display_name="Wren")
    StoryFactory(user=member, email="", status=Status.HELD)
    assert "What should we do with" not in delete_page(client, member).content.decode()
