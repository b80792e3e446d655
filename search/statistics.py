"""Query statistics for editors: what people search for, and what finds nothing."""

import re

from wagtail.contrib.search_promotions.models import Query

from .models import NoResultsDailyHits

# Someone may type their e-mail address, phone number or NHS number into a search box. We
# keep no record of those searches: statistics about words, not about people.
PERSONAL_DETAILS = re.compile(r"\S@\S|(?:\d[\s-]?){6,}")


def record_search(query, found):
    """Count a search in Wagtail's query statistics (shown under Reports, "Search terms"), and
    in ours when it found nothing (Reports, "Searches with no results")."""
    if PERSONAL_DETAILS.search(query):
        return
    wagtail_query = Query.get(query)
    wagtail_query.add_hit()
    if not found:
        NoResultsDailyHits.add_hit(wagtail_query)
