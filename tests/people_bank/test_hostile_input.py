"""Whatever someone sends to the People Bank's forms and links, the site answers with a page or
a clear message, never a server error; what it accepts is one entry, waiting for confirmation,
and a made-up link confirms or opens nothing. The strategies and the client are in
tests/hostile.py."""

from urllib.parse import quote

import pytest
from django.core.cache import cache
from hypothesis import given
from hypothesis import strategies as st

from people_bank.models import Entry
from tests.hostile import EXAMPLES, QUERY_TEXT, form_data

from .conftest import join_form

pytestmark = pytest.mark.django_db


@EXAMPLES
@given(data=st.data())
def test_joining(hostile, choices, data):
    cache.clear()  # every example runs in one test: start each clear of the per-address limit
    sent = data.draw(form_data(join_form(), most_changed=4))
    before = Entry.objects.count()

    response = hostile.post("/people-bank/", sent)

    after = Entry.objects.count()
    assert after - before in (0, 1)
    if after > before:
        assert response.status_code == 302
        assert not Entry.objects.confirmed().exists()  # nothing is active before the link is followed


@EXAMPLES
@given(data=st.data())
def test_asking_for_a_link_and_made_up_links(hostile, choices, data):
    cache.clear()
    hostile.post("/people-bank/manage/", data.draw(form_data({"email": "rowan@example.org"})))
    token = quote(data.draw(QUERY_TEXT), safe="")
    for path in [
        f"/people-bank/confirm/{token}/",
        f"/people-bank/manage/{token}/",
        f"/people-bank/stop/{token}/",
        f"/people-bank/keep/{token}/",
    ]:
        for send in [hostile.get, hostile.post]:
            assert send(path).status_code in (200, 404, 410)
    assert not Entry.objects.confirmed().exists()
