"""Whatever someone puts in an address anywhere on the site, or sends to the password form of a
page or documents an editor protected, the site answers with a page or a clear message, never a server
error, and never sends anyone off the site. On SQLite and PostgreSQL alike. The strategies and
the client are in tests/hostile.py; each room's forms have tests of their own."""

from urllib.parse import quote

import pytest
from django.utils.http import url_has_allowed_host_and_scheme
from hypothesis import example, given
from hypothesis import strategies as st
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from demo.factories.home import ContentPageFactory
from tests.hostile import EXAMPLES, QUERY_TEXT, form_data, query

pytestmark = pytest.mark.django_db


@pytest.fixture
def password_forms(home_page):
    """The password forms of a protected page and of a protected document collection, each with
    the address its form returns to."""
    page = ContentPageFactory(parent=home_page, title="Board papers", slug="board-papers")
    page_restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="kellsmoor"
    )
    collection_restriction = CollectionViewRestriction.objects.create(
        collection=Collection.get_first_root_node(),
        restriction_type=CollectionViewRestriction.PASSWORD,
        password="kellsmoor",
    )
    return [
        (f"/_util/authenticate_with_password/{page_restriction.pk}/{page.pk}/", page.url),
        (f"/documents/authenticate_with_password/{collection_restriction.pk}/", "/documents/1/papers.pdf"),
    ]


@EXAMPLES
@given(data=st.data())
@example(data=None)  # an address without a "/" once failed in Wagtail's redirect: a 500
def test_the_password_forms_of_protected_pages_and_documents(hostile, password_forms, data):
    for form_url, return_url in password_forms:
        hostile.client.cookies.pop("sessionid", None)  # each time without the password given before
        valid = {"password": "kellsmoor", "return_url": return_url}
        sent = data.draw(form_data(valid)) if data else {**valid, "return_url": "²"}

        response = hostile.post(form_url, sent)

        if response.status_code == 302:
            assert url_has_allowed_host_and_scheme(response.url, allowed_hosts={"testserver"}), response.url


@EXAMPLES
@given(path=QUERY_TEXT, parameters=query("page", "p", "q", "next"))
def test_any_address(hostile, home_page, path, parameters):
    """Page addresses that are not pages, and parameters on pages that read none."""
    hostile.get(f"/{quote(path, safe='')}/", parameters)
    hostile.get("/", parameters)
    hostile.get("/sitemap.xml", parameters)
