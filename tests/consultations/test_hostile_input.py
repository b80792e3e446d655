"""Whatever someone sends to the consultations' public forms or puts in their addresses, the
site answers with a page or a clear message, never a server error; it stores nothing from what
it refused, stores what it accepted once, and gives back what was typed, escaped. On SQLite and
PostgreSQL alike. The strategies and the client are in tests/hostile.py."""

import uuid
from urllib.parse import quote

import pytest
from django.core.cache import cache
from hypothesis import example, given
from hypothesis import strategies as st

from consultations.models import ConsultationResponse, ConsultationSubscription
from demo.factories.consultations import ConsultationQuestionFactory
from notifications.models import Notification
from tests.hostile import EXAMPLES, LONG_ADDRESS, QUERY_TEXT, form_data, query, raw_form, shows_escaped

from .conftest import answers_for

pytestmark = pytest.mark.django_db

WORRIES = "what_worries_you_about_the_change"


def stored():
    return (
        ConsultationResponse.objects.count(),
        ConsultationSubscription.objects.outcome().count(),
        Notification.objects.count(),
    )


@pytest.fixture
def other_questions(open_consultation):
    """A question of every other kind editors can ask, with an answer to each."""
    kinds = {
        "singleline": "Kellsmoor",
        "dropdown": "A poster",
        "number": "42",
        "date": "2026-03-01",
        "email": "sam@example.org",
    }
    return {
        ConsultationQuestionFactory(
            page=open_consultation, label=f"A {kind} question", field_type=kind, choices="A poster\nThe radio"
        ).clean_name: answer
        for kind, answer in kinds.items()
    }


@EXAMPLES
@given(data=st.data())
@example(data=None)  # an address too long for its column once lost every answer with a 500
def test_the_questionnaire(hostile, open_consultation, other_questions, data):
    cache.clear()  # every example runs in one test: start each clear of the rate limit
    valid = answers_for(
        open_consultation,
        uuid.uuid4(),  # a new form each time: the same token twice stores the answers once
        **other_questions,
        **{"respondent-email": "sam@example.org", "respondent-hear_outcome": "on", "respondent-send_receipt": "on"},
    )
    sent = data.draw(form_data(valid)) if data else {**valid, "respondent-email": LONG_ADDRESS}
    before = stored()

    response = hostile.post(open_consultation.url, sent)

    if response.status_code == 302:
        responses, subscriptions, _notifications = before
        assert ConsultationResponse.objects.count() == responses + 1
        assert ConsultationSubscription.objects.outcome().count() <= subscriptions + 1
    else:
        assert stored() == before
        typed = sent.get(WORRIES)
        if response.context and "form" in response.context and isinstance(typed, str):
            assert shows_escaped(response, typed), "the words they typed are still on the page"


@EXAMPLES
@given(data=st.data())
def test_the_opening_reminder(hostile, coming_soon, data):
    cache.clear()
    sent = data.draw(form_data({"reminder-email": "sam@example.org", "reminder-website": ""}))
    before = ConsultationSubscription.objects.opening().count()

    response = hostile.post(coming_soon.url + "remind-me/", sent)

    reminders = ConsultationSubscription.objects.opening().count()
    if response.status_code == 200 and "reminder_form" not in (response.context or {}):
        assert reminders <= before + 1  # asked twice for one address, told once
    else:
        assert reminders == before


FINDER_PARAMETERS = ("q", "stage", "topic", "place", "page")


@EXAMPLES
@given(data=st.data())
@example(data=None)
def test_the_finders_query_parameters(hostile, finder, open_consultation, closed_consultation, data):
    sent = data.draw(query(*FINDER_PARAMETERS)) if data else dict.fromkeys(FINDER_PARAMETERS, ["\x00", "²"])
    hostile.get(finder.url, sent)


@EXAMPLES
@given(reference=QUERY_TEXT, body=raw_form("q", "stage", "topic", "place", "page", "reminder-email", WORRIES))
def test_made_up_references_and_unreadable_bytes(hostile, open_consultation, coming_soon, finder, reference, body):
    """A reference in the address that is not one, and query strings and forms in bytes no
    browser sends (invalid UTF-8, lone surrogates, broken percent signs)."""
    cache.clear()
    before = stored(), ConsultationSubscription.objects.opening().count()

    hostile.get(f"{open_consultation.url}confirmation/{quote(reference, safe='')}/")
    hostile.get_raw(finder.url, body)
    hostile.post_raw(open_consultation.url, body)
    hostile.post_raw(coming_soon.url + "remind-me/", body)

    assert (stored(), ConsultationSubscription.objects.opening().count()) == before


def test_a_long_answer_in_any_language_fits_within_the_public_size_limit(client, open_consultation):
    """The longest answer a question takes, in Urdu (two bytes a letter, each sent as %XX), with
    every other answer: the limit that stops megabyte floods must never refuse it."""
    longest = "ہم" * 5_000
    data = answers_for(open_consultation, uuid.uuid4(), what_worries_you_about_the_change=longest)

    response = client.post(open_consultation.url, data)

    assert response.status_code == 302
    assert ConsultationResponse.objects.get().form_data["what_worries_you_about_the_change"] == longest


def test_a_megabyte_answer_is_refused_unread_and_nothing_is_stored(client, open_consultation):
    data = answers_for(open_consultation, uuid.uuid4(), what_worries_you_about_the_change="a" * 1_000_000)

    response = client.post(open_consultation.url, data)

    assert response.status_code == 413
    assert "nothing was saved" in response.content.decode()
    assert not ConsultationResponse.objects.exists()
