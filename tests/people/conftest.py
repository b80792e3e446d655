"""Fixtures for the account tests."""

import pytest
from django.test import Client, TestCase


class CommittingClient(Client):
    """A test client whose requests end as they do on the server, where each request commits:
    what a request left to run after its commit (queueing its e-mails) runs when it ends.
    Each test runs inside one transaction that never commits, so otherwise it never would."""

    def request(self, **request):
        with TestCase.captureOnCommitCallbacks(execute=True):
            return super().request(**request)


@pytest.fixture
def client():
    return CommittingClient()
