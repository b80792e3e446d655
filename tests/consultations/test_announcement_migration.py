"""Upgrading a site that has consultations open and events published already: the migrations
count them as announced, so nobody in the People Bank is invited to what opened long ago, and a
consultation coming soon is still announced when it opens."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from events.models import EventIndexPage, EventPage
from notifications.models import Announcement
from people_bank import consent
from people_bank.models import Entry, EntryWay

BEFORE = [("notifications", "0003_body_holds_secret")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_what_was_open_before_the_upgrade_is_not_announced_again(home_page, open_consultation, coming_soon):
    starts = timezone.now() + datetime.timedelta(days=3)
    index = home_page.add_child(instance=EventIndexPage(title="Events", slug="events"))
    event = index.add_child(
        instance=EventPage(
            title="Drop-in",
            summary="Come along.",
            starts_at=starts,
            ends_at=starts + datetime.timedelta(hours=1),
            venue_name="Kellsmoor Library",
        )
    )
    migrate(BEFORE)
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
    assert set(Announcement.objects.values_list("page_id", flat=True)) == {open_consultation.pk, event.pk}

    entry = Entry.objects.create(
        name="Ada",
        email="ada@example.org",
        consented_at=timezone.now(),
        consent_version=consent.VERSION,
        confirmed_at=timezone.now(),
    )
    EntryWay.objects.bulk_create([EntryWay(entry=entry, way="surveys"), EntryWay(entry=entry, way="events")])
    call_command("announce_due")
    assert mail.outbox == []

    coming_soon.opens_at = timezone.now() - datetime.timedelta(minutes=1)
    coming_soon.save_revision().publish()
    assert [message.to for message in mail.outbox] == [["ada@example.org"]]
