"""Whatever someone puts in the address of the "you said, we did" list (its page number), the
site answers with a page, never a server error. On SQLite and PostgreSQL alike. The strategies
and the client are in tests/hostile.py."""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from outcomes.models import OutcomeIndexPage
from tests.hostile import EXAMPLES, query

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home_page):
    return home_page.add_child(instance=OutcomeIndexPage(title="You said, we did", slug="you-said-we-did"))


@EXAMPLES
@given(data=st.data())
@example(data=None)
def test_the_lists_query_parameters(hostile, index, data):
    hostile.get(index.url, data.draw(query("page")) if data else {"page": ["\x00", "²"]})
