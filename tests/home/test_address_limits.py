"""The password forms of pages and documents an editor protected allow a few guesses per
client address, then the 429 page (which never shows the password back); another address can
still get in."""

import pytest
from django.test import Client
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from demo.factories.home import ContentPageFactory

from ..limits import ELSEWHERE, refused_keeping

pytestmark = pytest.mark.django_db


@pytest.fixture
def protected_page(home_page):
    page = ContentPageFactory(parent=home_page, title="Board papers", slug="board-papers")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="kellsmoor"
    )
    return f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/", page.url


@pytest.fixture
def protected_documents(db):
    restriction = CollectionViewRestriction.objects.create(
        collection=Collection.get_first_root_node(),
        restriction_type=CollectionViewRestriction.PASSWORD,
        password="kellsmoor",
    )
    return f"/documents/authenticate_with_password/{restriction.pk}/", "/documents/1/papers.pdf"


@pytest.mark.parametrize("protected", ["protected_page", "protected_documents"])
def test_ten_guesses_in_ten_minutes_from_one_address(client, protected, request):
    form, return_url = request.getfixturevalue(protected)
    for guess in range(10):
        assert client.post(form, {"password": f"guess-{guess}", "return_url": return_url}).status_code == 200

    refused = client.post(form, {"password": "kellsmoor", "return_url": return_url})
    assert "kellsmoor" not in refused_keeping(refused)

    right = Client(REMOTE_ADDR=ELSEWHERE).post(form, {"password": "kellsmoor", "return_url": return_url})
    assert right.status_code == 302 and right.url == return_url
