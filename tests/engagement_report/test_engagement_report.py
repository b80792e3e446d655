"""The yearly engagement report: which consultations belong to a year, how many people answered
and how, what we did about it, and which consultations still lack an answer from us."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from consultations.models import Channel, ConsultationPage
from consultations.recording import record_response
from demo.factories.consultations import ConsultationIndexPageFactory, ConsultationPageFactory
from engagement_report.models import EngagementReportPage
from engagement_report.reporting import build_report
from outcomes.models import ActionStatus, OutcomePage, OutcomeTheme

UK = ZoneInfo("Europe/London")
YEAR_2025 = (datetime.date(2025, 4, 1), datetime.date(2026, 3, 31))
YEAR_2026 = (datetime.date(2026, 4, 1), datetime.date(2027, 3, 31))
# Late in the 2026 to 2027 year, so that consultations from its first months closed long ago.
NOW = datetime.datetime(2027, 3, 1, 12, tzinfo=UK)


def uk(year, month, day, hour=12, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=UK)


def last_financial_year():
    """The April to March year before the current one: everything in it has closed."""
    today = timezone.localdate()
    return (today.year if today.month >= 4 else today.year - 1) - 1


@pytest.fixture
def finder(home_page):
    return ConsultationIndexPageFactory(parent=home_page)


def consult(finder, title, opens_at, closes_at=None, **fields):
    closes_at = closes_at or opens_at + datetime.timedelta(weeks=8)
    return ConsultationPageFactory(parent=finder, title=title, opens_at=opens_at, closes_at=closes_at, **fields)


def respond(consultation, **per_channel):
    """Store responses as people send them: online, or keyed in by staff from paper, phone calls
    and events."""
    staff = get_user_model().objects.filter(email="staff@example.org").first() or get_user_model().objects.create_user(
        "staff@example.org", "a-long-password-1", display_name="Engagement team", is_staff=True
    )
    for channel, count in per_channel.items():
        for _ in range(count):
            record_response(
                consultation,
                {"what_do_you_think": "Please keep it open."},
                channel=channel,
                keyed_in_by=None if channel == Channel.ONLINE else staff,
            )


def publish_outcome(consultation, *statuses, live=True):
    outcome = OutcomePage(
        title=f"What we did: {consultation.title}",
        summary="We listened and changed the plan.",
        consultation=consultation,
        live=live,
    )
    for number, status in enumerate(statuses):
        outcome.themes.add(
            OutcomeTheme(you_said=f"Point {number}", we_did="We acted on it.", status=status, reason="No money.")
        )
    return consultation.add_child(instance=outcome)


# Which consultations belong to a year


def test_a_consultation_belongs_to_the_year_it_opened_in_by_uk_dates(finder):
    march = consult(finder, "Opened on 31 March", uk(2026, 3, 31, 23, 30))
    # 00:30 on 1 April in England is still 31 March in UTC (British Summer Time).
    april = consult(finder, "Opened on 1 April", uk(2026, 4, 1, 0, 30))
    assert april.opens_at.astimezone(datetime.UTC).day == 31

    assert [entry.page for entry in build_report(*YEAR_2025, now=NOW).entries] == [march]
    assert [entry.page for entry in build_report(*YEAR_2026, now=NOW).entries] == [april]


def test_only_live_public_consultations_are_reported(finder):
    consult(finder, "Published", uk(2026, 5, 1))
    draft = consult(finder, "Still a draft", uk(2026, 6, 1))
    draft.unpublish()
    private = consult(finder, "Staff only", uk(2026, 7, 1))
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    assert [entry.page.title for entry in build_report(*YEAR_2026, now=NOW).entries] == ["Published"]


# Responses and outcomes


def test_responses_are_counted_by_channel_including_keyed_in_ones(finder, settings):
    settings.RESULTS_MIN_COUNT = 1  # counting, not withholding small numbers, is tested here
    birth_centre = consult(finder, "Moving the birth centre", uk(2026, 5, 1))
    transport = consult(finder, "Patient transport", uk(2026, 9, 1))
    respond(birth_centre, online=3, paper=2, phone=1, easy_read=1)
    respond(transport, online=1, event=1)

    report = build_report(*YEAR_2026, now=NOW)

    first, second = report.entries
    assert first.responses == 7
    assert {bar.label: bar.count for bar in first.by_channel} == {
        "Online": 3,
        "Paper": 2,
        "At an event": 0,
        "By phone": 1,
        "By e-mail": 0,
        "Easy read": 1,
    }
    assert first.channel_summary == "3 online, 2 on paper, 1 by phone and 1 on an easy read form"
    assert second.responses == 2
    assert report.total_responses == 9
    assert [(bar.label, bar.count, bar.percent) for bar in report.by_channel] == [
        ("Online", 4, 44),
        ("Paper", 2, 22),
        ("At an event", 1, 11),
        ("By phone", 1, 11),
        ("By e-mail", 0, 0),
        ("Easy read", 1, 11),
    ]
    assert (
        "9 people answered: 4 online, 2 on paper, 1 at an event, 1 by phone and 1 on an easy read form."
        in report.summary
    )


def test_small_counts_of_people_are_withheld_so_nobody_can_be_picked_out(finder):
    transport = consult(finder, "Patient transport", uk(2026, 9, 1))
    respond(transport, online=6, phone=2)

    report = build_report(*YEAR_2026, now=NOW)

    # "6 online" would give the 2 by phone away (8 - 6), so it is withheld too.
    assert report.entries[0].channel_summary == "some online and fewer than 5 by phone"
    assert [bar.shown for bar in report.entries[0].by_channel] == ["not shown", "0", "0", "fewer than 5", "0", "0"]
    assert "8 people answered: some online and fewer than 5 by phone." in report.summary
    assert [bar.withheld for bar in report.by_channel] == [True, False, False, True, False, False]


def test_a_years_total_that_would_give_a_small_count_away_is_withheld(finder):
    respond(consult(finder, "Patient transport", uk(2026, 9, 1)), online=10, paper=200)
    respond(consult(finder, "Diabetes clinics", uk(2026, 10, 1)), online=10, paper=2)

    report = build_report(*YEAR_2026, now=NOW)

    # 202 on paper in the year, less the first consultation's 200, would show the second's 2.
    assert [bar.shown for bar in report.by_channel] == ["not shown", "not shown", "0", "0", "0", "0"]
    assert "222 people answered: some online and some on paper." in report.summary

    # Two withheld counts for the same channel only add up to their sum: no need to hide more.
    respond(consult(finder, "Hearing clinics", uk(2026, 11, 1)), online=10, paper=3)
    assert [bar.shown for bar in build_report(*YEAR_2026, now=NOW).by_channel][:2] == ["30", "205"]


def test_a_years_total_that_would_give_one_small_consultation_away_says_more_than(client, finder, report_page):
    respond(consult(finder, "Patient transport", year_of(report_page, 6, 1)), online=20)
    respond(consult(finder, "Diabetes clinics", year_of(report_page, 7, 1)), online=2)

    html = BeautifulSoup(client.get(report_page.url).content, "html.parser")

    # The transport page says 20; a total of 22 would give the diabetes clinics' 2 away.
    text = " ".join(html.main.get_text().split())
    assert "More than 20 people answered" in text
    total = html.select(".engagement-report__responses tfoot td")[-1]
    assert total.get_text(strip=True) == "more than 20"
    assert "22" not in text

    # Two small consultations only show their sum, as the total does.
    respond(consult(finder, "Hearing clinics", year_of(report_page, 8, 1)), online=3)
    html = BeautifulSoup(client.get(report_page.url).content, "html.parser")
    assert html.select(".engagement-report__responses tfoot td")[-1].get_text(strip=True) == "25"


def test_a_year_with_fewer_answers_than_the_threshold_does_not_say_how_many(client, finder, report_page):
    respond(consult(finder, "Diabetes clinics", year_of(report_page, 6, 1)), paper=1)

    html = BeautifulSoup(client.get(report_page.url).content, "html.parser")

    text = " ".join(html.main.get_text().split())
    assert "Fewer than 5 people answered: fewer than 5 on paper." in text
    assert "Fewer than 5 people answered. We do not show how so few people answered" in text
    row = html.select(".engagement-report__responses tbody tr")[0]
    assert [cell.get_text(strip=True) for cell in row.find_all("td")] == [
        "0",
        "fewer than 5",
        "0",
        "0",
        "0",
        "0",
        "fewer than 5",
    ]
    assert "100%" not in text


def test_actions_are_counted_by_status_from_published_outcomes_only(finder):
    minor_injuries = consult(finder, "Minor injuries unit at night", uk(2026, 4, 10))
    transport = consult(finder, "Patient transport", uk(2026, 6, 1))
    consult(finder, "Diabetes clinics", uk(2026, 7, 1))
    publish_outcome(
        minor_injuries, ActionStatus.DONE, ActionStatus.DONE, ActionStatus.IN_PROGRESS, ActionStatus.NOT_POSSIBLE
    )
    publish_outcome(transport, ActionStatus.PLANNED)
    publish_outcome(transport, ActionStatus.DONE, live=False)  # a draft update: not yet public

    report = build_report(*YEAR_2026, now=NOW)

    assert report.by_status == [("Done", 2), ("In progress", 1), ("Planned", 1), ("Not possible", 1)]
    assert report.entries[0].action_summary == "4 actions: 2 done, 1 in progress, 1 not possible"
    assert report.entries[2].outcome is None
    assert report.summary[2:4] == [
        "We have published what we did for 2 of them.",
        "Of 5 actions we promised, 2 are done, 1 is in progress, 1 is planned and 1 is not possible.",
    ]


def test_consultations_closed_over_12_weeks_without_an_outcome_are_counted(finder):
    overdue = consult(finder, "Closed 13 weeks ago", uk(2026, 9, 1), NOW - datetime.timedelta(weeks=13))
    consult(finder, "Closed 11 weeks ago", uk(2026, 10, 1), NOW - datetime.timedelta(weeks=11))
    answered = consult(finder, "Closed 20 weeks ago, outcome out", uk(2026, 8, 1), NOW - datetime.timedelta(weeks=20))
    publish_outcome(answered, ActionStatus.DONE)
    consult(finder, "Still open", uk(2027, 2, 1), NOW + datetime.timedelta(weeks=2))

    report = build_report(*YEAR_2026, now=NOW)

    assert [entry.page for entry in report.outcomes_overdue] == [overdue]
    assert report.summary[-1] == (
        "1 consultation closed more than 12 weeks ago and we have still not said what we did."
    )


def test_a_year_without_consultations_says_so(finder):
    assert build_report(*YEAR_2026, now=NOW).summary == [
        "In 2026 to 2027 we have not asked people about any changes yet."
    ]


# The page


@pytest.fixture
def report_page(home_page):
    year = last_financial_year()
    return home_page.add_child(
        instance=EngagementReportPage(
            title=f"Engagement report {year} to {year + 1}",
            slug=f"engagement-report-{year}",
            year_starting=year,
            introduction="How we involved people in decisions about their health services.",
        )
    )


def year_of(report_page, month, day):
    """A moment in the report's year: April to December fall in its first calendar year."""
    year = report_page.year_starting + (month < 4)
    return uk(year, month, day)


def test_the_report_page_shows_the_years_figures(client, finder, report_page):
    minor_injuries = consult(finder, "Minor injuries unit at night", year_of(report_page, 4, 20))
    birth_centre = consult(finder, "Moving the birth centre", year_of(report_page, 9, 1))
    respond(minor_injuries, online=900, paper=200)
    respond(birth_centre, online=30, phone=6)
    publish_outcome(minor_injuries, ActionStatus.DONE, ActionStatus.IN_PROGRESS)

    response = client.get(report_page.url)

    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    summary = html.select_one(".engagement-report__summary").get_text()
    year = f"{report_page.year_starting} to {report_page.year_starting + 1}"
    assert f"In {year} we asked people about 2 changes." in summary
    assert "1,136 people answered: 930 online, 200 on paper and 6 by phone." in summary
    assert "We have published what we did for 1 of them." in summary
    assert "1 consultation closed more than 12 weeks ago" in summary

    rows = {
        row.th.get_text(strip=True): [cell.get_text(strip=True) for cell in row.find_all("td")]
        for row in html.select(".engagement-report__responses tr")
        if row.find("td")
    }
    assert rows["Minor injuries unit at night"] == ["900", "200", "0", "0", "0", "0", "1,100"]
    assert rows["All consultations"] == ["930", "200", "0", "6", "0", "0", "1,136"]

    callout = html.select_one(".nhsuk-warning-callout")
    assert callout.find("a", string="Moving the birth centre")["href"] == birth_centre.url
    title_link = html.select_one(f"#consultation-{minor_injuries.pk} a")
    assert title_link["href"] == minor_injuries.url
    assert title_link["data-print-url"] == minor_injuries.full_url
    assert "2 actions: 1 done, 1 in progress" in html.get_text()
    assert "No outcome published yet, more than 12 weeks after it closed." in html.get_text()
    today = timezone.localdate().strftime("%A %-d %B %Y")
    assert f"The figures below are from {today}." in html.get_text()
    assert html.find("link", href="/static/css/report-print.css")["media"] == "print"


def test_the_report_page_for_a_quiet_year(client, report_page):
    response = client.get(report_page.url)

    assert response.status_code == 200
    assert "There are no consultations in this year yet." in response.content.decode()


def test_the_report_page_takes_the_same_number_of_queries_however_much_there_is(client, finder, report_page):
    def add_consultations(count):
        for number in range(ConsultationPage.objects.count(), ConsultationPage.objects.count() + count):
            consultation = consult(finder, f"Consultation {number}", year_of(report_page, 5 + number % 8, 1))
            respond(consultation, online=2, paper=1, event=1)
            if number % 2:
                publish_outcome(consultation, ActionStatus.DONE, ActionStatus.PLANNED)

    def queries_to_show_the_report():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(report_page.url).status_code == 200
        return len(queries)

    add_consultations(3)
    client.get(report_page.url)  # fill the caches of site root paths, as a running site has
    with_three = queries_to_show_the_report()
    add_consultations(12)
    client.get(report_page.url)  # the first view after pages change works out the menu and the rest again

    assert queries_to_show_the_report() == with_three
    assert client.get(report_page.url).content.decode().count("engagement-report__consultation") == 15
