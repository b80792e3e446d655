"""Every public page of the demo site reads at a reading age of 11 or under (9 or under on a
"you said, we did" page, which most people who answered will read), by the same check editors
see in the admin (plain_language/checker.py, on textstat). The demo content is what new sites
copy, so it must show the standard it asks of them."""

import re

import pytest
from wagtail.models import Page

from core import published
from outcomes.models import OutcomePage
from plain_language.checker import TARGET_READING_AGE, check

pytestmark = pytest.mark.django_db

OUTCOME_READING_AGE = 9
MAIN = re.compile(r"<main\b[^>]*>(.*)</main>", re.DOTALL)
# Too few words for a reading age to mean anything (a listing of links, a page of headings).
FEWEST_WORDS = 40


def main_text(client, page):
    """The text people read in the page's main content, as they are shown it."""
    response = client.get(page.url)
    assert response.status_code == 200, f"{page.url} answered {response.status_code}"
    return MAIN.search(response.content.decode()).group(1)


def test_every_demo_page_is_plain_english(client, demo):
    too_hard = []
    checked = []
    # English pages: the reading-age formulas are for English, not for the Welsh and Urdu copies.
    for page in published.originals(Page.objects.live().public().filter(depth__gt=1)).specific():
        report = check(main_text(client, page))
        if report.words < FEWEST_WORDS:
            continue
        checked.append(f"{page.url}: {report.reading_age}")
        limit = OUTCOME_READING_AGE if isinstance(page, OutcomePage) else TARGET_READING_AGE
        if report.reading_age > limit:
            too_hard.append(f"{page.url}: reading age {report.reading_age} (at most {limit})")
    assert not too_hard, "Demo pages harder to read than we ask of editors:\n" + "\n".join(too_hard)
    assert len(checked) > 20, checked
