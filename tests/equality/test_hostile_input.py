"""Whatever someone sends to the equality form and the reach report, the site answers with a
page or a clear message, never a server error; a refused form stores nothing and leaves the link
working; an accepted one stores one set of answers, from the choices only, and uses the link
up. The strategies and the client are in tests/hostile.py."""

import datetime
import hashlib
import secrets
from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from demo.factories.equality import OccasionFactory, answer_sets
from equality.models import AnswerSet, Offer
from equality.questions import QUESTIONS
from tests.hostile import CHARSETS, EXAMPLES, QUERY_TEXT, form_data, query, raw_form

from .conftest import FULL_ANSWERS, staff

pytestmark = pytest.mark.django_db
CHOICES = {question.name: set(question.choices.values) for question in QUESTIONS}


def new_link():
    token = secrets.token_urlsafe(24)
    Offer.objects.create(
        token_hash=hashlib.sha256(token.encode()).hexdigest(),
        occasion=OccasionFactory(),
        expires_on=datetime.date.today() + datetime.timedelta(days=1),
    )
    return f"/about-you/{token}/"


@EXAMPLES
@given(data=st.data())
def test_sending_the_form(hostile, home_page, data):
    link = new_link()
    sent = data.draw(form_data(FULL_ANSWERS, most_changed=4))
    before = set(AnswerSet.objects.values_list("pk", flat=True))

    response = hostile.post(link, sent)

    after = set(AnswerSet.objects.values_list("pk", flat=True))
    if response.status_code == 302:
        (new,) = after - before
        stored = AnswerSet.objects.get(pk=new)
        assert all(getattr(stored, name) in {"", *choices} for name, choices in CHOICES.items())
        assert hostile.post(link, FULL_ANSWERS).status_code == 410
    else:
        assert response.status_code in (200, 413)  # shown again with errors, or refused unread
        assert after == before
        assert hostile.get(link).status_code == 200


@EXAMPLES
@given(body=raw_form(*FULL_ANSWERS), charset=CHARSETS)
def test_sending_bytes_no_browser_sends(hostile, home_page, body, charset):
    before = AnswerSet.objects.count()
    response = hostile.post_raw(new_link(), body, charset)
    assert response.status_code in (200, 302, 400)
    assert AnswerSet.objects.count() <= before + 1


@EXAMPLES
@given(token=QUERY_TEXT)
def test_any_link(hostile, home_page, token):
    response = hostile.get(f"/about-you/{quote(token, safe='')}/")
    assert response.status_code in (404, 410)


@EXAMPLES
@given(params=query("occasion", "year", "export"))
def test_the_reach_report_with_any_query(hostile, params):
    if not AnswerSet.objects.exists():
        answer_sets(30, occasion=OccasionFactory(), age_band="45_54")
        hostile.client.force_login(staff("Engagement leads"))
    response = hostile.get("/admin/reports/reach/", params)
    assert response.status_code == 200
