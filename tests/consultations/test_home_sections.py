"""The home page leads with what people can answer now and what changed because of them."""

import pytest

pytestmark = pytest.mark.django_db


def test_home_page_shows_open_consultations_and_links_to_the_finder(client, open_consultation, closed_consultation):
    html = client.get("/").content.decode()
    section = html[html.index('id="open-now"') : html.index('id="latest-outcomes"')]
    assert open_consultation.title in section
    assert closed_consultation.title not in section
    assert 'href="/consultations/">See every consultation' in section
    assert "Nothing is open for comment" not in section
