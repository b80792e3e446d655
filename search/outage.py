"""When the search server is down: the pages that search (the search page, the forum's search
and the consultation finder) say "Search is not working at the moment" with a 503 and keep the
rest of the page, rather than failing with a 500. They all search through
`finding.find()`, which is where `search_or_none` guards them.

Only Elasticsearch can be down on its own: with the database backends, search goes when the
whole site does. Saving content still works while Elasticsearch is down (Wagtail's
Elasticsearch backends catch indexing errors), but the index misses the change until
`manage.py update_index` is run (README, "Operations").
"""

import logging

from elastic_transport import TransportError
from elasticsearch import ApiError

logger = logging.getLogger(__name__)

# What the Elasticsearch client raises when the server does not answer (refused, timed out,
# TLS) and when it answers with an error (a cluster that is not ready, an index not yet made).
SEARCH_SERVER_ERRORS = (TransportError, ApiError)

# "Service Unavailable": the page works, its search does not, for now.
UNAVAILABLE_STATUS = 503


def search_or_none(request, search):
    """What `search()` returns, or None when the search server cannot answer; the page should
    then say so (search/includes/unavailable.html) with UNAVAILABLE_STATUS. Search results are
    lazy, so `search` must do everything that asks the server: searching, counting, and
    slicing a page of results. The failure is logged once, with the address but not the words
    searched for, which may be personal."""
    try:
        return search()
    except SEARCH_SERVER_ERRORS:
        logger.exception("Search is not working: the search server did not answer a search on %s", request.path)
        return None
