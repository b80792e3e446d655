"""A member downloads their data: after giving their password again, one zip file with every kind
of record every room keeps about them, as JSON and as one CSV file per kind, and nothing about
anyone else."""

import csv
import io
import json
import logging
import zipfile

import pytest
from django.urls import reverse

from people.personal_data import holdings

from .holdings import (
    ANSWER_WORDS,
    EMAIL,
    OWN_THREAD_WORDS,
    REPLY_WORDS,
    SUGGESTION_WORDS,
    UNCONFIRMED_EMAIL,
    member_with_everything,
)
from .test_erasure import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture
def everything(home_page):
    return member_with_everything(home_page)


def give_password(client):
    asked = client.get(reverse("people:your_data"), follow=True)
    assert "Enter your password to carry on" in asked.content.decode()
    return client.post(asked.redirect_chain[-1][0], {"password": PASSWORD}, follow=True)


def download(client):
    response = client.post(reverse("people:download_data"))
    assert response.status_code == 200, response
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith('attachment; filename="your-data-')
    return zipfile.ZipFile(io.BytesIO(response.content))


def csv_rows(archive, name):
    return list(csv.DictReader(io.StringIO(archive.read(name).decode("utf-8-sig"))))


def test_the_file_holds_every_kind_of_record_as_json_and_csv(client, everything):
    client.force_login(everything.member)
    give_password(client)

    archive = download(client)

    kinds = [holding.name for holding in holdings()]
    assert set(archive.namelist()) == {"README.txt", "your_data.json", *(f"{kind}.csv" for kind in kinds)}
    data = json.loads(archive.read("your_data.json"))
    assert list(data["kinds"]) == kinds
    empty = [kind for kind in kinds if not data["kinds"][kind]["records"]]
    assert empty == [], "the member has records of every kind, and each is in the file"
    for kind in kinds:
        assert len(csv_rows(archive, f"{kind}.csv")) == len(data["kinds"][kind]["records"])
    readme = archive.read("README.txt").decode()
    assert "forum_posts.csv - Your forum posts" in readme


def test_the_records_are_the_members_own(client, everything):
    client.force_login(everything.member)
    give_password(client)

    archive = download(client)

    posts = csv_rows(archive, "forum_posts.csv")
    assert {row["what you wrote"] for row in posts} >= {OWN_THREAD_WORDS, REPLY_WORDS}
    assert "The last bus is at 10pm." not in archive.read("your_data.json").decode(), "not other people's posts"
    (suggestion,) = csv_rows(archive, "suggestions.csv")  # not the one from the unconfirmed address
    assert suggestion["suggestion"] == SUGGESTION_WORDS
    (answer, _other) = csv_rows(archive, "consultation_responses.csv")
    assert answer["answers: What would make it safer?"] == ANSWER_WORDS
    assert answer["answers: Your e-mail address"] == EMAIL
    assert {row["e-mail address"] for row in csv_rows(archive, "email_addresses.csv")} == {
        EMAIL,
        "quill.work@example.net",
        UNCONFIRMED_EMAIL,
    }
    (entry,) = csv_rows(archive, "people_bank.csv")
    assert entry["invited_to"].startswith("Lighting at the car park (")
    assert entry["last_changed_or_kept"] == entry["confirmed"] != ""  # the 2 years count from it
    assert entry["asked_whether_to_stay"] == ""
    sent = csv_rows(archive, "emails_we_sent.csv")
    assert "Not Quill's" not in {row["subject"] for row in sent}, "an unconfirmed address may be someone else's"
    (suspension,) = csv_rows(archive, "forum_suspensions.csv")
    assert suspension["reason"] == "Cooling off" and suspension["lifted"]


def test_a_cell_that_would_run_as_a_formula_is_written_as_text(client, everything):
    everything.member.display_name = "=HYPERLINK(1)"
    everything.member.save()
    client.force_login(everything.member)
    give_password(client)

    (account,) = csv_rows(download(client), "account.csv")

    assert account["display name"] == "'=HYPERLINK(1)"


def test_the_download_asks_for_the_password_and_is_logged(client, everything, caplog):
    client.force_login(everything.member)

    assert client.post(reverse("people:download_data"))["Location"] == reverse("people:your_data")
    page = give_password(client)
    assert page.redirect_chain[-1][0] == reverse("people:your_data")
    assert "Your forum posts" in page.content.decode()
    with caplog.at_level(logging.INFO, logger="people.views"):
        download(client)

    assert caplog.messages == [f"Personal data downloaded: user={everything.member.pk}"]


def test_only_a_logged_in_member_can_download(client):
    response = client.post(reverse("people:download_data"))

    assert response.status_code == 302 and response["Location"].startswith(reverse("account_login"))
    assert client.get(reverse("people:download_data")).status_code in (302, 405)
