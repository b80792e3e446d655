"""Whatever someone puts in the address of the list of service changes (its status filter, its
page number), the site answers with a page, never a server error. On SQLite and PostgreSQL
alike. The strategies and the client are in tests/hostile.py."""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from service_changes.models import ServiceChangeIndexPage
from tests.hostile import EXAMPLES, query

pytestmark = pytest.mark.django_db

PARAMETERS = ("status", "page")


@pytest.fixture
def index(home_page):
    return home_page.add_child(instance=ServiceChangeIndexPage(title="Service changes", slug="changes"))


@EXAMPLES
@given(data=st.data())
@example(data=None)
def test_the_lists_query_parameters(hostile, index, data):
    sent = data.draw(query(*PARAMETERS)) if data else dict.fromkeys(PARAMETERS, ["\x00", "²"])
    hostile.get(index.url, sent)
