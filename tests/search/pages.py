"""Pages for the search tests, made and published as an editor would."""

import datetime
import json

from django.utils import timezone

from consultations.models import ConsultationPage
from demo.factories.taxonomy import PlaceFactory, TopicFactory
from events.models import EventPage
from home.models import ContentPage


def publish(parent, page):
    """Add `page` under `parent` as a draft, then publish it, as the admin does."""
    page.live = False
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def content_page(parent, title, summary="A page about our services.", body="", **fields):
    stream = json.dumps([{"type": "text", "value": f"<p>{body}</p>"}]) if body else "[]"
    return publish(parent, ContentPage(title=title, summary=summary, body=stream, **fields))


def consultation(finder, title, summary, **fields):
    """An open consultation, unless `fields` say otherwise."""
    now = timezone.now()
    fields = {
        "audience": "Anyone who uses the service",
        "opens_at": now - datetime.timedelta(days=3),
        "closes_at": now + datetime.timedelta(days=30),
        "topic": TopicFactory(name="Urgent care"),
        "place": PlaceFactory(name="Kellsmoor"),
        **fields,
    }
    return publish(finder, ConsultationPage(title=title, summary=summary, **fields))


def event(events, title, summary):
    starts = timezone.now() + datetime.timedelta(days=10)
    page = EventPage(
        title=title,
        summary=summary,
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=2),
        venue_name="Kellsmoor Library",
    )
    return publish(events, page)
