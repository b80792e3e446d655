"""Whatever someone types, or puts in an edited address, the site search, the forum search and
the consultation finder answer with a page, never a server error, on SQLite and PostgreSQL
alike. All three search through search/finding.py, so these queries test one function three
ways: punctuation, quotes, search operators, unicode, control characters, long queries."""

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from forum import posting

from .pages import consultation, content_page

pytestmark = pytest.mark.django_db

# What full-text query syntaxes (SQLite FTS5, PostgreSQL tsquery, Elasticsearch) give meaning to.
SYNTAX = list("\"'*?-+^():.,;~&|!<>[]{}/\\@#%£€…") + ["AND", "OR", "NOT", "NEAR", "title:", " ", "taxi"]

QUERIES = st.one_of(
    st.text(max_size=40),
    st.lists(st.sampled_from(SYNTAX), max_size=12).map("".join),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1000, max_size=1000),
)
ANY_VALUE = st.text(max_size=10)


@pytest.fixture
def searchable(home_page, finder, forum_page, category, member):
    """Something of every kind for the searches to look through."""
    content_page(home_page, "Taxis at night", body="Taxis to A&E after the buses stop.")
    consultation(finder, "Night taxi service", "Should we pay for a taxi to A&E at night?")
    posting.start_thread(author=member, category=category, title="Taxi to A&E", text="Is there a night taxi?")
    return {"site": "/search/", "forum": forum_page.url + "search/", "finder": finder.url}


@settings(max_examples=30, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=QUERIES, kind=ANY_VALUE, sort=ANY_VALUE, page=ANY_VALUE)
@example(query="?", kind="", sort="", page="")
@example(query="...", kind="", sort="", page="")
@example(query="-", kind="", sort="", page="")
@example(query='"', kind="", sort="", page="")
@example(query="£", kind="", sort="", page="")
@example(query="\x00", kind="", sort="", page="")
@example(query='taxi "night', kind="consultation", sort="newest", page="2")
@example(query="taxi OR night* " * 66 + "taxis NEAR", kind="", sort="", page="")
def test_no_query_is_a_server_error(client, searchable, query, kind, sort, page):
    for where, url in searchable.items():
        response = client.get(url, {"q": query, "kind": kind, "sort": sort, "page": page})

        if "\x00" in query and where != "finder":
            # A null character cannot be searched for: the search box says so.
            assert response.status_code == 400, (where, query)
            assert "Your search has a character we cannot search for." in response.content.decode()
        else:
            assert response.status_code == 200, (where, query)
