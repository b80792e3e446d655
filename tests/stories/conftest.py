"""Services and topics to tell stories about, and helpers that tell one as a person would."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from demo.factories.taxonomy import ServiceFactory
from taxonomy.models import Service, Topic


@pytest.fixture
def services(home_page):
    transport = Topic.objects.create(name="Getting to hospital", slug="transport")
    Topic.objects.create(name="Urgent care", slug="urgent-care")
    return [
        ServiceFactory(name="Minor injuries unit", slug="minor-injuries", topic=transport),
        ServiceFactory(name="Patient transport", slug="patient-transport", topic=transport),
    ]


def story_form(**changes):
    data = {
        "service": str(Service.objects.get(slug="minor-injuries").pk),
        "title": "A kind nurse at night",
        "text": "I cut my hand badly. The nurse stitched it and made me laugh while she did.",
        "shown_name": "Robin",
        "email": "robin@example.org",
        "topics": [str(Topic.objects.get(slug="urgent-care").pk)],
    }
    data.update(changes)
    return {name: value for name, value in data.items() if value is not None}


def tell(client, **changes):
    return client.post(reverse("stories:tell"), story_form(**changes))


def confirm_link(address):
    sent = [message for message in mail.outbox if address in message.to]
    assert sent, f"nothing sent to {address}"
    found = re.search(r"https?://[^/\s]+(/feedback/stories/confirm/\S+/)", sent[-1].body)
    assert found, sent[-1].body
    return found.group(1)


def form_action(html, name):
    """The address a button's form in the admin posts to: `name` is its URL's last part."""
    found = re.search(rf'action="(/admin/stories/queue/\d+/{name}/)"', html)
    assert found, html
    return found.group(1)
