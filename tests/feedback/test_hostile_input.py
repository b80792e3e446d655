"""Whatever someone sends to the feedback forms and links, the site answers with a page or a
clear message, never a server error; what it accepts is stored once. The strategies and the
client are in tests/hostile.py."""

from urllib.parse import quote, urlsplit

import pytest
from django.core.cache import cache
from hypothesis import given
from hypothesis import strategies as st

from demo.factories.consultations import ConsultationIndexPageFactory, ConsultationPageFactory
from feedback.involvement import answer_url
from feedback.models import InvolvementAnswer, QuickFeedback, Suggestion
from tests.hostile import EXAMPLES, QUERY_TEXT, form_data

pytestmark = pytest.mark.django_db


@EXAMPLES
@given(data=st.data())
def test_quick_feedback(hostile, service, data):
    cache.clear()  # every example runs in one test: start each clear of the per-address limit
    sent = data.draw(form_data({"rating": "good", "comment": "Kind staff."}, most_changed=2))
    before = QuickFeedback.objects.count()
    path = data.draw(st.sampled_from(["/feedback/services/minor-injuries-unit/", "/feedback/s/minor-injuries-unit/"]))

    response = hostile.post(path, sent)

    assert QuickFeedback.objects.count() - before in (0, 1)
    if QuickFeedback.objects.count() > before:
        assert response.status_code == 302


@EXAMPLES
@given(data=st.data())
def test_suggestions(hostile, service, data):
    cache.clear()
    valid = {
        "service": str(service.pk),
        "text": "A clock in the waiting room.",
        "name": "Rowan",
        "email": "r@example.org",
    }
    sent = data.draw(form_data(valid, most_changed=3))
    before = Suggestion.objects.count()

    response = hostile.post("/feedback/suggest/", sent)

    assert Suggestion.objects.count() - before in (0, 1)
    if Suggestion.objects.count() > before:
        assert response.status_code == 302
    hostile.get("/feedback/suggest/?service=" + quote(data.draw(QUERY_TEXT), safe=""))


@pytest.fixture
def consultation(home_page):
    return ConsultationPageFactory(parent=ConsultationIndexPageFactory(parent=home_page))


@EXAMPLES
@given(data=st.data())
def test_the_involvement_check_and_made_up_links(hostile, consultation, data):
    cache.clear()
    path = urlsplit(answer_url(consultation)).path
    before = InvolvementAnswer.objects.count()

    hostile.post(path, data.draw(form_data({"answer": "fairly"}, most_changed=2)))

    assert InvolvementAnswer.objects.count() - before in (0, 1)
    token = quote(data.draw(QUERY_TEXT), safe="")
    for made_up in [f"/feedback/how-we-involved-you/{token}/", f"/feedback/suggestions/{token}/"]:
        for send in [hostile.get, hostile.post]:
            assert send(made_up).status_code in (200, 404)
