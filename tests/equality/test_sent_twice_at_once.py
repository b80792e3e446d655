"""One link, sent from two tabs at the same moment: one set of answers is stored, not two."""

import threading

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client

from equality.models import AnswerSet, Offer

from .conftest import FULL_ANSWERS, answer, offer_link


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql",
    reason="concurrent writers need a server database; run with TEST_DATABASE_URL (make test does)",
)
def test_the_same_link_sent_eight_times_at_once_is_counted_once(consultation):
    person = Client()
    link = offer_link(answer(person, consultation))
    cookies = person.cookies
    tabs = 8
    barrier = threading.Barrier(tabs)
    statuses = []

    def send():
        tab = Client()
        tab.cookies = cookies
        try:
            barrier.wait()
            statuses.append(tab.post(link, FULL_ANSWERS).status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=send) for _ in range(tabs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert sorted(statuses) == [302] + [410] * (tabs - 1)
    assert AnswerSet.objects.count() == 1
    assert not Offer.objects.exists()
