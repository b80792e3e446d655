"""Whatever someone sends to a public form or puts in an address, the site answers with a page
or a clear message, never a server error, and stores nothing from what it refused, on SQLite and
PostgreSQL alike: the questionnaire, the opening reminder, sign-up, the forum's new thread and
reply forms, and the finder's and the forum's query parameters. (The searches have their own
test in tests/search/test_any_query.py.) Lives here for the consultation fixtures."""

import uuid

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from consultations.models import ConsultationResponse, ConsultationSubscription
from demo.factories.forum import start_thread
from forum.models import Post, Thread

from .conftest import answers_for

pytestmark = pytest.mark.django_db

# What has broken forms before: null and control characters, line breaks, digits that are not
# 0-9, addresses too long for their column, and text long enough to be slow to check.
NASTY = [
    "\x00",
    "a\r\nBcc: x@example.org",
    "\u2028",
    "²",
    "-1",
    "99999999999999999999",
    "%00",
    "a" * 64 + "@" + ".".join(["b" * 63] * 3) + ".org",
    "a@b " * 500,
    "<a" * 2000,
    "a." * 3000,
]
HOSTILE = st.one_of(
    st.sampled_from(NASTY),
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=300, max_size=300),
)
EXAMPLES = settings(
    max_examples=20, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def refused(response):
    """No server error, and, unless it moved on to a confirmation, the form was not accepted."""
    assert response.status_code < 500, response.status_code
    return response.status_code != 302


@EXAMPLES
@given(text=HOSTILE, email=HOSTILE, choice=HOSTILE)
@example(text="x", email=NASTY[7], choice="Never")
def test_the_questionnaire(client, open_consultation, text, email, choice):
    cache.clear()  # every example runs in one test: start each clear of the rate limits
    before = ConsultationResponse.objects.count(), ConsultationSubscription.objects.outcome().count()
    data = answers_for(
        open_consultation,
        uuid.uuid4(),
        how_often_do_you_use_the_unit_at_night=choice,
        what_worries_you_about_the_change=text,
        which_of_these_would_help=[choice],
        **{"respondent-email": email, "respondent-hear_outcome": "on"},
    )
    if refused(client.post(open_consultation.url, data)):
        assert (ConsultationResponse.objects.count(), ConsultationSubscription.objects.outcome().count()) == before


@EXAMPLES
@given(email=HOSTILE)
def test_the_opening_reminder(client, coming_soon, email):
    cache.clear()
    before = ConsultationSubscription.objects.opening().count()
    if refused(client.post(coming_soon.url + "remind-me/", {"reminder-email": email})):
        assert ConsultationSubscription.objects.opening().count() == before


@EXAMPLES
@given(email=HOSTILE, display_name=HOSTILE, password=HOSTILE)
@example(email=NASTY[7], display_name="Robin", password="a-long-test-password")
@example(email="robin@example.org", display_name="a@b " * 250_000, password="a-long-test-password")
def test_sign_up(client, home_page, email, display_name, password):
    cache.clear()
    before = get_user_model().objects.count()
    data = {"email": email, "display_name": display_name, "password1": password, "password2": password}
    if refused(client.post("/accounts/signup/", data)):
        assert get_user_model().objects.count() == before


@pytest.fixture
def opening(forum_page, category, other_member):
    return start_thread(other_member, category=category, title="Buses at night")


@EXAMPLES
@given(title=HOSTILE, text=HOSTILE, category=HOSTILE, about=HOSTILE)
@example(title="Buses\nat night", text="Hello there", category="transport", about="")
def test_the_forum_forms(client, opening, member, title, text, category, about):
    client.force_login(member)
    cache.clear()
    before = Thread.objects.count(), Post.objects.count()
    if refused(client.post("/forum/new/", {"title": title, "text": text, "category": category, "about": about})):
        assert (Thread.objects.count(), Post.objects.count()) == before

    cache.clear()
    before = Post.objects.count()
    if refused(client.post(f"/forum/posts/{opening.pk}/reply/", {"text": text})):
        assert Post.objects.count() == before


@EXAMPLES
@given(a=HOSTILE, b=HOSTILE, c=HOSTILE, d=HOSTILE)
@example(a="\x00", b="\x00", c="\x00", d="\x00")
@example(a="²", b="²", c="²", d="²")
def test_query_parameters(client, finder, opening, member, a, b, c, d):
    client.force_login(member)
    addresses = [
        (finder.url, {"q": a, "stage": b, "topic": c, "place": d, "page": a}),
        ("/forum/new/", {"category": a, "about": b}),
        ("/forum/", {"page": a, "sort": b}),
        (f"/forum/{opening.forum_thread.category.slug}/", {"page": c, "sort": d}),
        (opening.forum_thread.get_absolute_url(), {"page": a}),
        (f"/forum/posts/{opening.pk}/", {"page": b}),
    ]
    for url, query in addresses:
        response = client.get(url, query, follow=True)
        assert response.status_code < 500, (url, query)
