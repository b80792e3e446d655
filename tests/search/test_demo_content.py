"""The demo content, pages and forum, searched as a new visitor would: the same best result
for each query on SQLite and on PostgreSQL (`make test` runs this on both)."""

import re

import pytest
from django.core.management import call_command

from .test_search_page import result_titles, search

RESULT_KIND = re.compile(r'<p class="nhsuk-body-s search-result__meta">([^<–]+?)(?: –|</p>)')

pytestmark = pytest.mark.django_db

BEST_RESULTS = {
    "diabetes": "Diabetes clinics in your own language in Wendlebridge",
    "free transport": "Who can get free transport to hospital",
    "GP appointments": "One phone line and online booking for GP appointments",
    "young people mental health": "Help for young people while they wait for mental health support",
    "accessibility": "Accessibility statement",
    "privacy": "Privacy notice",
    "contact": "Contact us",
    "Wendlebridge library": "Birth centre drop-in at Wendlebridge Library",
    "crisis café opening hours": "Opening hours for the Harrowmere crisis café",
    "minor injuries public meeting": "Public meeting about the minor injuries unit at night",
    # The forum: a conversation by its title, and replies by their words.
    "Sunday bus": "Is there a Sunday bus from Kellsmoor to Wendlebridge General?",
    "minibus drivers": "Reply in ‘Who can get free patient transport?’",
    "school counsellor": "Reply in ‘How long is the wait for children's mental health support?’",
    "car share group": "Reply in ‘Is there a Sunday bus from Kellsmoor to Wendlebridge General?’",
}


def test_each_query_finds_the_same_best_result_on_every_database(client):
    call_command("load_demo_content", not_production=True)

    best = {query: result_titles(search(client, query))[:1] for query in BEST_RESULTS}

    assert best == {query: [title] for query, title in BEST_RESULTS.items()}

    # A search naming a kind of page finds those pages first, before the forum's posts, and
    # the filter by that kind then shows them all, even where their text never says the word.
    consultations = search(client, "consultation").content.decode()
    assert RESULT_KIND.findall(consultations)[:7] == ["Consultation"] * 7
    assert len(result_titles(search(client, "consultation", kind="consultation"))) == 7
    # Word forms match both ways: the outcome page says "taxis".
    assert "Minor injuries unit at night: what we did" in result_titles(search(client, "taxi"))
