"""A People Bank with topics and places to choose from, and helpers that fill in the join form
as a person would."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from taxonomy.models import Place, Topic


@pytest.fixture
def choices(home_page):
    Topic.objects.create(name="Maternity", slug="maternity")
    Topic.objects.create(name="GP appointments", slug="gp-appointments")
    Place.objects.create(name="Kellsmoor", slug="kellsmoor")
    Place.objects.create(name="Whole area", slug="whole-area", covers_whole_area=True)


def join_form(**changes):
    """What a person sends from the join form, with `changes` on top."""
    data = {
        "name": "Rowan Ashby",
        "email": "rowan@example.org",
        "phone": "",
        "place": str(Place.objects.get(slug="kellsmoor").pk),
        "postcode_district": "",
        "topics": [str(Topic.objects.get(slug="maternity").pk)],
        "ways": ["surveys", "events"],
        "access_needs": "A hearing loop, please.",
        "preferred_format": "large_print",
        "language": "",
        "consent": "on",
    }
    data.update(changes)
    return {name: value for name, value in data.items() if value is not None}


def join(client, **changes):
    return client.post(reverse("people_bank:join"), join_form(**changes))


def link_in(message, name="confirm"):
    """The path of the People Bank link in an e-mail."""
    found = re.search(rf"https?://[^/\s]+(/people-bank/{name}/\S+/)", message.body)
    assert found, message.body
    return found.group(1)


def last_email_to(address):
    sent = [message for message in mail.outbox if address in message.to]
    assert sent, f"nothing sent to {address}"
    return sent[-1]
