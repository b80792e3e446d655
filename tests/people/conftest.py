"""Fixtures for the account tests."""

import pytest


@pytest.fixture
def client(committing_client):
    """Account pages queue their e-mails as their request commits; these tests read them at once."""
    return committing_client
