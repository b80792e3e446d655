"""Whatever someone sends to the story form, the list's filters and the confirm links, the site
answers with a page or a clear message, never a server error; what it accepts is one story,
held; a made-up link confirms nothing. The strategies and the client are in tests/hostile.py."""

from urllib.parse import quote

import pytest
from django.core.cache import cache
from hypothesis import given
from hypothesis import strategies as st

from moderation.models import Status
from stories.models import Story
from tests.hostile import EXAMPLES, QUERY_TEXT, form_data, query, raw_form

from .conftest import story_form

pytestmark = pytest.mark.django_db


@EXAMPLES
@given(data=st.data())
def test_telling_a_story(hostile, services, data):
    cache.clear()  # every example runs in one test: start each clear of the per-address limit
    sent = data.draw(form_data(story_form(), most_changed=4))
    before = Story.objects.count()

    response = hostile.post("/feedback/stories/tell/", sent)

    after = Story.objects.count()
    assert after - before in (0, 1)
    if after > before:
        assert response.status_code == 302
        assert not Story.objects.exclude(status=Status.HELD).exists()
        assert not Story.objects.exclude(confirmed_at=None).exists()  # nobody confirmed yet


@EXAMPLES
@given(data=st.data())
def test_the_list_filters_and_made_up_links(hostile, services, data):
    cache.clear()
    hostile.get("/feedback/stories/", data.draw(query("service", "topic", "page")))
    hostile.get_raw("/feedback/stories/", data.draw(raw_form("service", "topic", "page")))
    token = quote(data.draw(QUERY_TEXT), safe="")
    for send in [hostile.get, hostile.post]:
        assert send(f"/feedback/stories/confirm/{token}/").status_code in (200, 404)
    assert not Story.objects.exclude(confirmed_at=None).exists()
