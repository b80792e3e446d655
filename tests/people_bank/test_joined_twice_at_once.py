"""The same address sent from the join form several times at the same moment gives one entry,
and every sender sees the same page."""

import threading

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client

from people_bank.models import Entry

from .conftest import join


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql",
    reason="concurrent writers need a server database; run with TEST_DATABASE_URL (make test does)",
)
def test_the_same_address_joined_six_times_at_once_gives_one_entry(choices):
    senders = 6
    barrier = threading.Barrier(senders)
    pages = []

    def send(number):
        try:
            barrier.wait()
            pages.append(join(Client(), name=f"Person {number}", email="same@example.org").url)
        finally:
            connection.close()

    threads = [threading.Thread(target=send, args=[number]) for number in range(senders)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert pages == ["/people-bank/check-your-email/"] * senders
    assert Entry.objects.filter(email="same@example.org").count() == 1
