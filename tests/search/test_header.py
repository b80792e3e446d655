"""The search box in the header of every page: a plain form that sends the words to /search/."""

import re

import pytest

from .pages import consultation, content_page

pytestmark = pytest.mark.django_db

HEADER_SEARCH = re.compile(
    r'<form class="nhsuk-header__search-form" id="search" action="/search/" method="get" novalidate>\s*'
    r'<div class="nhsuk-form-group">\s*'
    r'<label class="nhsuk-label nhsuk-u-visually-hidden" for="search-field">Search this site</label>\s*'
    r'<div class="nhsuk-input-wrapper">\s*'
    r'<input class="nhsuk-input" id="search-field" name="q" type="search"[^>]*>\s*'
    r'<button class="nhsuk-button nhsuk-button--small" data-module="nhsuk-button" type="submit">'
)


@pytest.fixture
def addresses(home_page, finder):
    about = content_page(home_page, "About us")
    proposal = consultation(finder, "Hospital parking charges", "What parking should cost.")
    return {
        "home page": home_page.url,
        "content page": about.url,
        "consultation finder": finder.url,
        "consultation": proposal.url,
        "search page": "/search/?q=parking",
        "missing page": "/no-such-page/",
    }


def test_every_page_has_a_search_box_that_submits_to_the_search_page(client, addresses):
    for name, address in addresses.items():
        html = client.get(address).content.decode()
        assert HEADER_SEARCH.search(html), f"no header search box on the {name}"


def test_the_header_search_box_lands_on_the_results(client, home_page):
    content_page(home_page, "Parking at the hospital", summary="Where to park.")

    response = client.get("/search/", {"q": "parking"})

    assert "Parking at the hospital" in response.content.decode()
