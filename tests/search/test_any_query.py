"""Whatever someone types, or puts in an edited address, the site search, the forum search and
the consultation finder answer with a page, never a server error, on SQLite and PostgreSQL
alike. All three search through search/finding.py, so these queries test one function three
ways: punctuation, quotes, search operators, unicode, control characters, long queries; the
other parameters get the hostile input every public form gets (tests/hostile.py)."""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from forum import posting
from tests.hostile import EXAMPLES, QUERY_TEXT, query, raw_form

from .pages import consultation, content_page

pytestmark = pytest.mark.django_db

# What full-text query syntaxes (SQLite FTS5, PostgreSQL tsquery, Elasticsearch) give meaning to.
SYNTAX = list("\"'*?-+^():.,;~&|!<>[]{}/\\@#%£€…") + ["AND", "OR", "NOT", "NEAR", "title:", " ", "taxi"]

QUERIES = st.one_of(
    QUERY_TEXT,
    st.lists(st.sampled_from(SYNTAX), max_size=12).map("".join),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1000, max_size=1000),
)
OTHER_PARAMETERS = query("kind", "sort", "page")
NO_OTHERS = {}


@pytest.fixture
def searchable(home_page, finder, forum_page, category, member):
    """Something of every kind for the searches to look through."""
    content_page(home_page, "Taxis at night", body="Taxis to A&E after the buses stop.")
    consultation(finder, "Night taxi service", "Should we pay for a taxi to A&E at night?")
    posting.start_thread(author=member, category=category, title="Taxi to A&E", text="Is there a night taxi?")
    return {"site": "/search/", "forum": forum_page.url + "search/", "finder": finder.url}


@EXAMPLES
@given(query=QUERIES, others=OTHER_PARAMETERS)
@example(query="?", others=NO_OTHERS)
@example(query="...", others=NO_OTHERS)
@example(query="-", others=NO_OTHERS)
@example(query='"', others=NO_OTHERS)
@example(query="£", others=NO_OTHERS)
@example(query="\x00", others=NO_OTHERS)
@example(query='taxi "night', others={"kind": "consultation", "sort": "newest", "page": "2"})
@example(query="taxi OR night* " * 66 + "taxis NEAR", others=NO_OTHERS)
def test_no_query_is_a_server_error(hostile, searchable, query, others):
    for where, url in searchable.items():
        response = hostile.get(url, {"q": query, **others})

        if "\x00" in query and where != "finder":
            # A null character cannot be searched for: the search box says so.
            assert response.status_code == 400, (where, query)
            assert "Your search has a character we cannot search for." in response.content.decode()
        else:
            assert response.status_code == 200, (where, query)


@EXAMPLES
@given(query_string=raw_form("q", "kind", "sort", "page"))
@example(query_string=b"q=%ED%A0%80&kind=\xff\xfe&sort=%C0%80&page=\x00")
def test_query_strings_in_bytes_no_browser_sends(hostile, searchable, query_string):
    """Invalid UTF-8, lone surrogates and broken percent signs in the address."""
    for url in searchable.values():
        hostile.get_raw(url, query_string)
