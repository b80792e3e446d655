"""The People Bank in the admin: engagement leads, and only they, list, filter, count, open and
export entries, and every one of those looks is in the access log they can read."""

import csv
import io

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from demo.factories.people import MemberFactory
from people_bank.models import AccessLogEntry, Entry, EntryWay
from taxonomy.models import Place, Topic

pytestmark = pytest.mark.django_db


def staff(group_name, **fields):
    user = MemberFactory(is_staff=True, **fields)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def entry(name, email, place, topics, ways, confirmed=True):
    now = timezone.now()
    made = Entry.objects.create(
        name=name,
        email=email,
        place=place,
        consented_at=now,
        consent_version="2026-12",
        confirmed_at=now if confirmed else None,
    )
    made.topics.set(topics)
    for way in ways:
        EntryWay.objects.create(entry=made, way=way)
    return made


@pytest.fixture
def bank(choices):
    kellsmoor = Place.objects.get(slug="kellsmoor")
    maternity = Topic.objects.get(slug="maternity")
    gp = Topic.objects.get(slug="gp-appointments")
    return {
        "ada": entry("Ada Birch", "ada@example.org", kellsmoor, [maternity], ["surveys", "events"]),
        "bo": entry('=HYPERLINK("http://x")', "bo@example.org", None, [gp], ["surveys"]),
        "cy": entry("Cy Unconfirmed", "cy@example.org", kellsmoor, [gp], ["surveys"], confirmed=False),
    }


@pytest.fixture
def lead():
    return staff("Engagement leads", display_name="Lee the lead", email="lee@example.org")


def test_a_lead_filters_and_sees_counts_and_the_look_is_logged(client, bank, lead):
    client.force_login(lead)
    page = client.get(reverse("people_bank_entries"), {"topic": Topic.objects.get(slug="maternity").pk})
    html = page.content.decode()
    assert "Ada Birch" in html
    assert "HYPERLINK" not in html
    assert "Cy Unconfirmed" not in html  # never an unconfirmed entry
    everyone = client.get(reverse("people_bank_entries")).content.decode()
    assert "2 people" in everyone
    assert "Cy Unconfirmed" not in everyone
    log = list(AccessLogEntry.objects.order_by("at"))
    assert [line.action for line in log] == ["list", "list"]
    assert log[0].who == lead and log[0].filter == "Topic: Maternity"


def test_opening_an_entry_and_exporting_are_logged_and_the_csv_is_safe(client, bank, lead):
    client.force_login(lead)
    record = client.get(reverse("people_bank_entry", args=[bank["ada"].pk]))
    assert "ada@example.org" in record.content.decode()
    export = client.get(reverse("people_bank_entries"), {"way": "events", "export": "csv"})
    rows = list(csv.reader(io.StringIO(export.content.decode())))
    assert [row[0] for row in rows[1:]] == ["Ada Birch"]
    everyone = list(
        csv.reader(io.StringIO(client.get(reverse("people_bank_entries"), {"export": "csv"}).content.decode()))
    )
    assert '\'=HYPERLINK("http://x")' in [row[0] for row in everyone]
    actions = [(line.action, line.filter, line.entry_number) for line in AccessLogEntry.objects.order_by("at")]
    assert actions == [
        ("record", "", bank["ada"].pk),
        ("export", "Way: Events and drop-in sessions", None),
        ("export", "", None),
    ]
    client.get(reverse("people_bank_entries"), {"paused": "yes", "way": "reader_panel"})
    assert (
        AccessLogEntry.objects.order_by("at").last().filter
        == "Way: Reading leaflets before we print them; Status: Paused"
    )
    log_page = client.get(reverse("people_bank_access_log")).content.decode()
    assert "Way: Events and drop-in sessions" in log_page
    assert "Downloaded a CSV" in log_page and "Opened an entry" in log_page and "Lee the lead" in log_page


@pytest.mark.parametrize("group_name", ["Editors", "Moderators", "Publishers"])
def test_other_staff_are_refused_and_nothing_is_logged(client, bank, group_name):
    client.force_login(staff(group_name, email=f"{group_name.lower()}@example.org"))
    for url in [
        reverse("people_bank_entries"),
        reverse("people_bank_entries") + "?export=csv",
        reverse("people_bank_entry", args=[bank["ada"].pk]),
        reverse("people_bank_access_log"),
    ]:
        assert client.get(url).status_code in (302, 403), url
    assert not AccessLogEntry.objects.exists()
    assert "People Bank" not in client.get(reverse("wagtailadmin_home")).content.decode()
