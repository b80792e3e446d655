"""The search page, /search/?q=, as a visitor uses it: what it finds, what it never shows, how
results are filtered, sorted, paged and highlighted.

These tests run on whichever database the suite uses (SQLite or PostgreSQL) with Wagtail's
database backend; test_elasticsearch_live.py runs them again against a real Elasticsearch.
"""

import datetime
import re
from html import unescape

import pytest
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from core.models import SiteSettings

from .pages import consultation, content_page, event

pytestmark = pytest.mark.django_db

RESULT_TITLE = re.compile(r'<h3 class="nhsuk-heading-s search-result__title"><a href="[^"]*">([^<]*)</a></h3>')


def result_titles(response):
    """The titles of the results listed, in order, after any recommended ones, as read."""
    html = response.content.decode()
    return [unescape(title) for title in RESULT_TITLE.findall(html[html.index('id="results-heading"') :])]


def search(client, query, **params):
    response = client.get("/search/", {"q": query, **params})
    assert response.status_code == 200
    return response


def test_a_word_in_a_page_body_finds_the_page(client, home_page, refresh_index):
    page = content_page(home_page, "Getting help at home", body="Our community nurses visit people who are housebound.")
    content_page(home_page, "Parking", body="There are forty spaces behind the hospital.")
    refresh_index()

    response = search(client, "housebound")

    assert result_titles(response) == ["Getting help at home"]
    assert f'href="{page.url}"' in response.content.decode()
    assert "1 result for ‘housebound’" in response.content.decode()


def test_an_unpublished_page_is_never_found(client, home_page, refresh_index):
    draft = content_page(home_page, "Draft plan for podiatry", body="Podiatry clinics may move.")
    draft.unpublish()
    published = content_page(home_page, "Podiatry clinics", body="Podiatry clinics are open every weekday.")
    refresh_index()
    assert result_titles(search(client, "podiatry")) == ["Podiatry clinics"]

    published.unpublish()
    refresh_index()
    assert result_titles(search(client, "podiatry")) == []


def test_private_and_expired_pages_are_never_found(client, home_page, refresh_index):
    private = content_page(home_page, "Staff rota for the audiology team", body="Audiology rota.")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="secret")
    expired = content_page(home_page, "Audiology drop-in last winter", body="Audiology drop-in.")
    expired.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    expired.save()
    content_page(home_page, "Hearing tests", body="Audiology clinics test hearing for adults and children.")
    refresh_index()

    assert result_titles(search(client, "audiology")) == ["Hearing tests"]


def test_a_stemmed_form_finds_its_root(client, finder, refresh_index):
    consultation(finder, "Dermatology services", "A consultation on where skin clinics should be.")
    refresh_index()

    response = search(client, "consulting")

    assert result_titles(response) == ["Dermatology services"]
    assert "A <mark>consultation</mark> on where skin clinics should be." in response.content.decode()


def test_word_forms_match_both_ways(client, home_page, refresh_index):
    content_page(home_page, "Getting home from A&E", body="Taxis wait outside the main entrance.")
    content_page(home_page, "Hospital transport", body="We can book a taxi if you cannot travel by bus.")
    refresh_index()

    for query in ("taxi", "taxis", "Taxis"):
        assert sorted(result_titles(search(client, query))) == ["Getting home from A&E", "Hospital transport"], query


def test_a_search_naming_a_kind_finds_pages_of_that_kind(client, home_page, finder, events_index, refresh_index):
    consultation(finder, "Moving the podiatry clinic", "Where should the foot clinic be?")
    event(events_index, "Podiatry drop-in", "Meet the foot clinic team.")
    content_page(home_page, "Foot care", body="We run a podiatry clinic.")
    refresh_index()

    assert result_titles(search(client, "consultation")) == ["Moving the podiatry clinic"]
    assert result_titles(search(client, "events")) == ["Podiatry drop-in"]
    assert result_titles(search(client, "podiatry consultations", kind="consultation")) == [
        "Moving the podiatry clinic"
    ]


def test_a_page_named_by_the_query_comes_before_pages_that_only_mention_it(client, home_page, refresh_index):
    content_page(
        home_page,
        "Audiology",
        body="Hearing aids, and batteries for hearing aids: we repair hearing aids and fit new hearing aids.",
    )
    content_page(home_page, "Hearing aids", body="Ask your doctor to refer you.")
    refresh_index()

    assert result_titles(search(client, "hearing aids")) == ["Hearing aids", "Audiology"]


def test_matched_words_are_marked_and_the_page_text_is_escaped(client, home_page, refresh_index):
    content_page(
        home_page,
        "Wheelchair access",
        summary="<script>alert('boo')</script> Every entrance has a ramp for wheelchair users.",
    )
    refresh_index()

    html = search(client, "wheelchair ramp").content.decode()

    assert "&lt;script&gt;alert(&#x27;boo&#x27;)&lt;/script&gt; Every entrance has a <mark>ramp</mark>" in html
    assert "<mark>wheelchair</mark> users." in html
    assert "<script>alert" not in html


def test_each_result_shows_its_kind_and_date(client, home_page, finder, events_index, refresh_index):
    consultation(finder, "Changes to ophthalmology", "Where eye clinics should be.")
    event(events_index, "Ophthalmology open evening", "Meet the eye clinic team.")
    content_page(home_page, "Ophthalmology", summary="Eye care we pay for.")
    refresh_index()

    html = search(client, "ophthalmology").content.decode()

    assert re.search(r"Consultation – Closes \w+day \d+ \w+ \d{4}, ", html)
    assert re.search(r"Event – \w+day \d+ \w+ \d{4}, .* to ", html)
    assert re.search(r"Information page – Published \w+day \d+ \w+ \d{4}<", html)


def test_filter_by_kind(client, home_page, finder, events_index, refresh_index):
    consultation(finder, "Orthodontics waiting list", "How long children wait for orthodontics.")
    event(events_index, "Orthodontics question time", "Ask the orthodontics team.")
    content_page(home_page, "Orthodontics", summary="Braces for children.", body="Orthodontics for children.")
    refresh_index()

    assert len(result_titles(search(client, "orthodontics"))) == 3
    assert result_titles(search(client, "orthodontics", kind="event")) == ["Orthodontics question time"]
    both = search(client, "orthodontics", kind=["event", "consultation"])
    assert sorted(result_titles(both)) == ["Orthodontics question time", "Orthodontics waiting list"]
    # A kind that does not exist (an edited address) is ignored rather than an error.
    assert len(result_titles(search(client, "orthodontics", kind="nonsense"))) == 3


def test_the_filter_offers_every_rooms_kinds_in_one_order(client, home_page, refresh_index):
    """Each room registers its own kinds when it starts, in whatever order the apps start; the
    filter lists them in the same order all the same."""
    content_page(home_page, "Podiatry", summary="Foot care.")
    refresh_index()

    html = search(client, "podiatry").content.decode()

    filter_form = html[html.index('id="filter-heading"') : html.index("Sort by")]
    assert re.findall(
        r'<label class="nhsuk-label nhsuk-checkboxes__label" for="[^"]*">\s*([^<]*?)\s*</label>', filter_form
    ) == [
        "Consultations",
        "Service changes",
        "You said, we did",
        "Events",
        "Engagement reports",
        "Information pages",
        "Patient stories",
        "Conversations",
        "Replies",
    ]


def test_sort_by_relevance_or_newest(client, home_page, refresh_index):
    now = timezone.now()
    content_page(
        home_page,
        "Physiotherapy",
        summary="Physiotherapy after an operation. Physiotherapy at home.",
        first_published_at=now - datetime.timedelta(days=300),
    )
    content_page(
        home_page,
        "Back pain",
        summary="Exercises, and when to ask for physiotherapy.",
        first_published_at=now - datetime.timedelta(days=1),
    )
    refresh_index()

    assert result_titles(search(client, "physiotherapy")) == ["Physiotherapy", "Back pain"]
    assert result_titles(search(client, "physiotherapy", sort="newest")) == ["Back pain", "Physiotherapy"]


def test_results_are_paged_ten_at_a_time_keeping_the_search(client, home_page, refresh_index):
    now = timezone.now()
    for number in range(12):
        content_page(
            home_page,
            f"Vaccination clinic {number}",
            summary="A vaccination clinic.",
            first_published_at=now - datetime.timedelta(days=number),
        )
    refresh_index()

    first = search(client, "vaccination", sort="newest")
    assert result_titles(first) == [f"Vaccination clinic {number}" for number in range(10)]
    assert "12 results for ‘vaccination’" in first.content.decode()
    assert 'href="?q=vaccination&amp;sort=newest&amp;page=2"' in first.content.decode()

    second = search(client, "vaccination", sort="newest", page=2)
    assert result_titles(second) == ["Vaccination clinic 10", "Vaccination clinic 11"]


def test_when_nothing_has_every_word_results_with_some_of_them_are_shown(client, home_page, refresh_index):
    content_page(home_page, "Chiropody", summary="Foot care for people with diabetes.")
    refresh_index()

    html = search(client, "chiropody unicorns").content.decode()

    assert "Nothing had all of your words, so these results have some of them." in html
    assert result_titles(search(client, "chiropody unicorns")) == ["Chiropody"]
    assert "Nothing had all of your words" not in search(client, "chiropody").content.decode()


def test_promoted_results_come_first_as_recommended(client, home_page, refresh_index):
    promoted = content_page(home_page, "Flu vaccinations", summary="Who can get a free flu jab.")
    content_page(home_page, "Winter health", summary="Staying well in winter: get your flu jab.")
    withdrawn = content_page(home_page, "Old flu leaflet", summary="Last year's leaflet.")
    query = Query.get("Flu jab")
    SearchPromotion.objects.create(query=query, page=promoted, sort_order=0, description="Book your jab here.")
    SearchPromotion.objects.create(query=query, page=withdrawn, sort_order=1)
    withdrawn.unpublish()
    refresh_index()

    html = search(client, "flu jab").content.decode()

    recommended = html[html.index("Recommended") : html.index('id="results-heading"')]
    assert "Flu vaccinations" in recommended
    assert "Book your jab here." in recommended
    assert "Old flu leaflet" not in recommended
    # Recommended only leads the first page of all results, not a filtered list.
    assert "Recommended" not in search(client, "flu jab", kind="event").content.decode()


def test_searches_are_counted_and_those_that_found_nothing_separately(client, home_page, refresh_index):
    content_page(home_page, "Dentists", summary="Finding an NHS dentist.")
    refresh_index()

    search(client, "Dentists")
    search(client, "hovercraft")
    search(client, "Hovercraft")
    # Paging, filtering or sorting the same search does not count it again.
    search(client, "hovercraft", page=2)
    search(client, "hovercraft", kind="event")
    search(client, "hovercraft", sort="newest")

    assert Query.get("dentists").hits == 1
    assert Query.get("hovercraft").hits == 2
    no_results = {row.query.query_string: row.hits for row in Query.get("hovercraft").no_results_daily_hits.all()}
    assert no_results == {"hovercraft": 2}
    assert not Query.get("dentists").no_results_daily_hits.exists()


def test_searches_for_personal_details_are_not_recorded(client, home_page):
    for query in ["jo.bloggs@example.com", "943 476 5919", "07700 900123"]:
        search(client, query)

    assert not Query.objects.exists()


def test_no_query_shows_help_and_ways_to_browse(client, home_page, finder):
    response = client.get("/search/")

    html = response.content.decode()
    assert "<h1>Search</h1>" in html
    assert "Type a word or a few words" in html
    assert f'<a href="{finder.url}">{finder.title}</a>' in html
    assert 'id="results-heading"' not in html
    assert not Query.objects.exists()


def test_nothing_found_suggests_what_to_do_next(client, home_page, finder):
    settings = SiteSettings.for_site(home_page.get_site())
    settings.contact_phone = "0300 123 4567"
    settings.contact_email = "engage@example.org"
    settings.save()

    html = search(client, "xylophone").content.decode()

    assert "0 results for ‘xylophone’" in html
    assert "check the spelling" in html
    assert "use fewer words" in html
    assert f'<a href="{finder.url}">{finder.title}</a>' in html
    assert '<a href="tel:03001234567">0300 123 4567</a>' in html
    assert '<a href="mailto:engage@example.org">engage@example.org</a>' in html
