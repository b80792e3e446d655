"""The engagement cycle's demo content: a believable story at every stage, which the demo command
can load again and again without changing it."""

import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Page, Site

from consultations.models import (
    ConsultationIndexPage,
    ConsultationPage,
    ConsultationResponse,
    ConsultationSubscription,
    Stage,
)
from core import published
from demo.content.consultations import consultations
from demo.content.engagement_cycle import build_engagement_cycle, demo_timeline
from engagement_report.models import EngagementReportPage
from events.models import EventIndexPage, EventPage
from notifications.models import Notification
from outcomes.models import OutcomeIndexPage, OutcomePage
from plain_language.checker import DEFAULT_JARGON, TARGET_READING_AGE, check, plain_text
from plain_language.models import JargonTerm
from service_changes.models import ServiceChangeIndexPage, ServiceChangePage
from taxonomy.models import Place, Service, Topic

pytestmark = pytest.mark.django_db

DEMO_LOGIN_SETTINGS = ("DEMO_ADMIN_EMAIL", "DEMO_ADMIN_PASSWORD", "DEMO_STAFF_PASSWORD")
LISTINGS = ["/consultations/", "/service-changes/", "/you-said-we-did/", "/events/"]
INDEX_TYPES = (ConsultationIndexPage, ServiceChangeIndexPage, OutcomeIndexPage, EventIndexPage)
CONSULTATIONS_AT_EACH_STAGE = {
    Stage.COMING_SOON: ["One phone line and online booking for GP appointments"],
    Stage.OPEN: [
        "Moving the birth centre at Wendlebridge General Hospital",
        "Help for young people while they wait for mental health support",
    ],
    Stage.CLOSED: ["Who can get free transport to hospital", "Diabetes clinics in your own language in Wendlebridge"],
    Stage.OUTCOME_PUBLISHED: [
        "Closing the Kellsmoor minor injuries unit at night",
        "Opening hours for the Harrowmere crisis café",
    ],
}
# Fields people read on the engagement cycle's pages.
TEXT_FIELDS = [
    "title", "summary", "introduction", "audience", "body", "what_is_changing", "why", "who_is_affected",
    "what_it_means", "what_has_been_decided", "other_languages", "paper_copy", "thank_you_text", "how_to_book",
    "parking", "nearest_transport", "points",
]  # fmt: skip


@pytest.fixture(scope="class")
def demo(django_db_setup, django_db_blocker):
    """The whole demo, loaded once for a class of tests that only read it, and rolled back
    afterwards. Each test still runs in its own transaction inside this one."""
    with pytest.MonkeyPatch.context() as environment, django_db_blocker.unblock(), transaction.atomic():
        for name in DEMO_LOGIN_SETTINGS:
            environment.delenv(name, raising=False)
        call_command("load_demo_content", not_production=True)
        yield
        transaction.set_rollback(True)


def engagement_pages():
    """Every page of the engagement cycle in English: the four listings and what is under them."""
    listings = published.originals(Page.objects.type(*INDEX_TYPES))
    pages = Page.objects.none()
    for listing in listings:
        pages |= Page.objects.descendant_of(listing, inclusive=True)
    return pages.order_by("path").specific()


def site_state():
    pages = [
        (page.title, page.url_path, page.live, page.revisions.count(), page.has_unpublished_changes)
        for page in engagement_pages()
    ]
    responses = list(
        ConsultationResponse.objects.order_by("pk").values_list("page_id", "channel", "form_data", "submit_time")
    )
    labels = (Topic.objects.count(), Place.objects.count(), Service.objects.count(), JargonTerm.objects.count())
    return pages, responses, labels, ConsultationSubscription.objects.outcome().count()


def page_words(page):
    """What a reader meets on a page, one paragraph, heading or answer a line."""
    parts = [plain_text(getattr(page, name)) for name in TEXT_FIELDS if getattr(page, name, "")]
    if isinstance(page, ConsultationPage):
        for question in page.form_fields.all():
            parts += [question.label, *question.choices.splitlines()]
        parts += [key_date.description for key_date in page.key_dates.all()]
    if isinstance(page, ServiceChangePage):
        parts += [milestone.label for milestone in page.milestones.all()]
    if isinstance(page, OutcomePage):
        parts += [words for theme in page.themes.all() for words in (theme.you_said, theme.we_did, theme.reason)]
    return "\n".join(part for part in parts if part)


def test_running_twice_changes_nothing_and_sends_no_email(capsys, monkeypatch, django_capture_on_commit_callbacks):
    for name in DEMO_LOGIN_SETTINGS:
        monkeypatch.delenv(name, raising=False)
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo_content", not_production=True)
    before = site_state()
    capsys.readouterr()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo_content", not_production=True)

    assert site_state() == before
    pages, responses, labels, subscriptions = before
    assert len(pages) == 4 + 7 + 1 + 2 + 2 + 3  # listings, consultations, the easy read version, ...
    assert len(responses) == 320 + 250 + 150 + 110
    assert labels == (8, 5, 8, len(DEFAULT_JARGON))
    assert subscriptions == 5
    output = capsys.readouterr().out
    assert "Responses: 830 (0 made up this time)" in output
    assert ": published" not in output
    # Outcomes are published for consultations nobody asked to hear about, so nobody is written to.
    assert mail.outbox == []
    assert not Notification.objects.exists()


@pytest.mark.usefixtures("demo")
class TestTheLoadedDemo:
    def test_the_yearly_report_is_linked_from_the_outcomes(self, client):
        html = client.get("/you-said-we-did/").content.decode()
        report = EngagementReportPage.objects.live().get()
        assert f'href="{report.url}"' in html
        assert "Read our yearly report" in html
        assert "people answered" in client.get(report.url).content.decode()

    def test_every_page_is_live_at_its_public_address(self, client):
        pages = list(engagement_pages())
        assert {page.url for page in pages} >= set(LISTINGS)

        for page in pages:
            response = client.get(page.url)
            assert response.status_code == 200, page.url
            assert page.title in response.text

    def test_the_menu_leads_with_ways_to_take_part(self):
        home = Site.objects.get(is_default_site=True).root_page
        in_menu = home.get_children().live().in_menu().values_list("url_path", flat=True)

        assert [path.removeprefix(home.url_path).strip("/") for path in in_menu][:4] == [
            "consultations",
            "service-changes",
            "you-said-we-did",
            "events",
        ]

    @pytest.mark.parametrize("stage", list(Stage))
    def test_the_finder_shows_consultations_at_every_stage(self, client, stage):
        response = client.get("/consultations/", {"stage": stage.value})

        expected = CONSULTATIONS_AT_EACH_STAGE[stage]
        assert f"{len(expected)} consultation" in response.text
        for title in expected:
            assert title in response.text

    def test_choosing_a_town_keeps_the_whole_areas_open_consultations(self, client):
        response = client.get("/consultations/", {"stage": "open", "place": "wendlebridge"})

        assert "Moving the birth centre at Wendlebridge General Hospital" in response.text
        assert "Help for young people while they wait for mental health support" in response.text
        assert "Whole area, including Wendlebridge" in response.text

    def test_every_events_booking_link_works_in_the_demo(self, client):
        links = []
        for event in EventPage.objects.live():
            html = BeautifulSoup(client.get(event.url).content, "html.parser")
            links += [link["href"] for link in html.select("section[aria-labelledby=how-to-book] a")]

        assert any(href.startswith("mailto:") for href in links)  # the online session asks people to book
        for href in links:
            assert href.startswith(("mailto:", "tel:")) or client.get(href).status_code == 200, href

    def test_the_home_page_shows_open_consultations_and_what_we_did(self, client):
        home = client.get("/").text

        assert "Moving the birth centre at Wendlebridge General Hospital" in home
        assert "Minor injuries unit at night: what we did" in home

    def test_closed_consultation_shows_what_people_told_us(self, client):
        transport = client.get("/consultations/patient-transport-who-can-get-there/").text

        assert "What people told us" in transport
        assert "250 people answered" in transport
        assert re.search(r"We expect to tell you what we decided by \w+ \d{4}", transport)
        assert "Do you agree with one set of rules for the whole area?" in transport

        diabetes = client.get("/consultations/diabetes-clinics-in-your-language/").text
        assert "We received 150 responses" in diabetes
        assert "What people told us" not in diabetes

    def test_the_minor_injuries_story_is_told_from_start_to_end(self, client):
        consultation = client.get("/consultations/minor-injuries-unit-at-night/").text
        assert "What we decided" in consultation
        assert 'href="/you-said-we-did/minor-injuries-unit-what-we-did/"' in consultation

        outcome = client.get("/you-said-we-did/minor-injuries-unit-what-we-did/").text
        for status in ("Done", "In progress", "Planned", "Not possible"):
            assert status in outcome
        assert "We do not have enough nurses" in outcome

        change = client.get("/service-changes/minor-injuries-unit-closing-at-night/").text
        assert "Decided" in change
        assert "Our board decided to close the unit at night" in change

        # The consultation and the change point at the service, whose feedback page lists both.
        assert 'href="/feedback/services/minor-injuries-unit/"' in consultation
        assert 'href="/feedback/services/minor-injuries-unit/"' in change
        feedback = client.get("/feedback/services/minor-injuries-unit/").text
        assert 'href="/consultations/minor-injuries-unit-at-night/"' in feedback
        assert 'href="/service-changes/minor-injuries-unit-closing-at-night/"' in feedback

        events = client.get("/events/").text
        assert events.index("Birth centre drop-in at Wendlebridge Library") < events.index(
            "Public meeting about the minor injuries unit at night"
        )

    def test_the_open_consultation_asks_its_questions_and_offers_other_ways(self, client):
        page = client.get("/consultations/birth-centre-move/").text

        assert 'type="radio"' in page and 'type="checkbox"' in page and "<select" in page and "<textarea" in page
        assert "Polish and Urdu" in page
        assert "free return envelope" in page
        assert "0113 496 0123" in page
        assert "Birth centre drop-in at Wendlebridge Library" in page
        assert "Online session about the birth centre" in page

    def test_questions_keep_the_order_they_were_written_in(self, client):
        """Without a sort order, PostgreSQL may return inline children in any order."""
        spec = next(
            spec for spec in consultations(demo_timeline(timezone.now())) if spec["slug"] == "birth-centre-move"
        )
        html = client.get("/consultations/birth-centre-move/").text
        positions = [html.index(escape(question.label)) for question in spec["questions"]]
        assert positions == sorted(positions)

    def test_made_up_responses_answer_the_real_questions(self):
        for consultation in ConsultationPage.objects.filter(pk__in=ConsultationResponse.objects.values("page")):
            questions = consultation.get_form_fields()
            responses = list(consultation.get_submissions())
            assert len({response.channel for response in responses}) >= 4, consultation.slug
            for response in responses:
                assert consultation.opens_at <= response.submit_time <= consultation.closes_at
                for question in questions:
                    answer = response.form_data[question.clean_name]
                    if question.required:
                        assert answer, (consultation.slug, question.label)
                    if question.is_choice:
                        chosen = answer if isinstance(answer, list) else [answer] if answer else []
                        assert set(chosen) <= set(question.choices.splitlines()), question.label

    def test_dates_stay_put_until_a_stage_would_be_wrong(self):
        def dates():
            return {
                page.slug: (page.opens_at, page.closes_at)
                for page in published.originals(ConsultationPage.objects.all())
            }

        loaded = dates()
        revisions = {page.pk: page.revisions.count() for page in engagement_pages()}

        build_engagement_cycle(now=timezone.now() + datetime.timedelta(days=1))
        assert dates() == loaded
        assert {page.pk: page.revisions.count() for page in engagement_pages()} == revisions

        # Three weeks on, the GP consultation would have opened and the events would be over.
        later = timezone.now() + datetime.timedelta(days=21)
        build_engagement_cycle(now=later)
        assert dates() != loaded
        stages = {page.title: page.stage_at(later) for page in published.originals(ConsultationPage.objects.all())}
        assert {stage: sorted(t for t, s in stages.items() if s == stage) for stage in Stage} == {
            stage: sorted(titles) for stage, titles in CONSULTATIONS_AT_EACH_STAGE.items()
        }
        assert EventPage.objects.filter(ends_at__gt=later).count() == 2

    def test_pages_pass_the_editors_checks(self):
        """Editors must be able to open and save every demo page without fixing it first."""
        for page in engagement_pages():
            page.full_clean()
            if isinstance(page, ConsultationPage):
                page.body.stream_block.clean(page.body)
            for theme in page.themes.all() if isinstance(page, OutcomePage) else []:
                theme.clean()

    def test_pages_read_at_age_nine_to_eleven(self):
        """The plain-language check editors see finds nothing to fix: a reading age of 11 or under
        (Flesch-Kincaid grade 6 or under), no long sentences and none of the jargon."""
        jargon = JargonTerm.objects.values_list("term", "plain_alternative")

        reports = {page.url: check(page_words(page), jargon) for page in engagement_pages()}

        too_hard = {url: report.summary() for url, report in reports.items() if report.has_warnings}
        assert too_hard == {}
        assert all(report.reading_age <= TARGET_READING_AGE for report in reports.values())
