"""'You said, we did': the outcome pages people read, the list of them, and the e-mail that tells
people who asked what we decided, exactly once, even when the mail server fails."""

import datetime
import io
import uuid

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from consultations.models import (
    ConsultationIndexPage,
    ConsultationPage,
    ConsultationQuestion,
    ConsultationSubscription,
    Stage,
    SubscriptionPurpose,
)
from notifications.models import Notification
from outcomes.models import ActionStatus, OutcomeIndexPage, OutcomePage, OutcomeTheme
from outcomes.notices import tell_subscribers
from service_changes.models import ServiceChangeIndexPage, ServiceChangePage
from taxonomy.models import Place, Topic

NOW = timezone.now()
THEMES = [
    ("Getting to A&E at night is hard without a car.", "We pay for taxis at night.", ActionStatus.DONE, ""),
    ("Keep the X-ray open later.", "X-ray now stays open until 10pm.", ActionStatus.DONE, ""),
    ("Tell people where to go instead.", "We are sending a leaflet to every home.", ActionStatus.IN_PROGRESS, ""),
    ("Keep the unit open all night.", "We cannot keep it open.", ActionStatus.NOT_POSSIBLE, "Not enough nurses."),
]


class BrokenEmailBackend:
    """A mail server that is down: every send fails, as SMTP does when it cannot connect."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server unreachable")


def publish(page, on_commit):
    """Publish as an editor does; the captured commit runs the background tasks."""
    with on_commit(execute=True):
        page.save_revision().publish()
    page.refresh_from_db()
    return page


def consultation_index(home_page):
    index = ConsultationIndexPage.objects.first()
    return index or home_page.add_child(instance=ConsultationIndexPage(title="Consultations", slug="consultations"))


def make_consultation(home_page, title="Minor injuries unit at night", *, open_now=False):
    """A live consultation: still open, or closed a week ago."""
    topic, _ = Topic.objects.get_or_create(name="Minor injuries", slug="minor-injuries")
    place, _ = Place.objects.get_or_create(name="Kellsmoor", slug="kellsmoor")
    closes_at = NOW + datetime.timedelta(days=7 if open_now else -7)
    return consultation_index(home_page).add_child(
        instance=ConsultationPage(
            title=title,
            summary="Should the minor injuries unit close overnight?",
            audience="Anyone who uses Kellsmoor Community Hospital",
            opens_at=closes_at - datetime.timedelta(days=28),
            closes_at=closes_at,
            topic=topic,
            place=place,
        )
    )


def make_outcome(parent, about=None, *, themes=THEMES, title="What we did about night-time care", **fields):
    """A draft outcome of `about` (a consultation or service change; by default its parent),
    with its themes. Publish it to make it live."""
    about = about or parent
    link = "service_change" if isinstance(about, ServiceChangePage) else "consultation"
    outcome = OutcomePage(
        title=title,
        summary="We are closing the unit at night and paying for taxis.",
        live=False,
        **{link: about},
        **fields,
    )
    for you_said, we_did, status, reason in themes:
        outcome.themes.add(OutcomeTheme(you_said=you_said, we_did=we_did, status=status, reason=reason))
    parent.add_child(instance=outcome)
    return outcome


def outcome_index(home_page):
    return home_page.add_child(
        instance=OutcomeIndexPage(title="You said, we did", slug="you-said-we-did", introduction="What changed.")
    )


def answer(client, consultation, email="", hear_outcome=False):
    """Answer the consultation's questionnaire online, as a member of the public."""
    data = {
        "how_do_you_travel": "By bus",
        "respondent-email": email,
        "respondent-submission_token": str(uuid.uuid4()),
        "respondent-website": "",
    }
    if hear_outcome:
        data["respondent-hear_outcome"] = "on"
    response = client.post(consultation.url, data)
    assert response.status_code == 302, response.content


def wants_the_outcome(consultation, email):
    ConsultationSubscription.objects.create(consultation=consultation, purpose=SubscriptionPurpose.OUTCOME, email=email)


@pytest.fixture
def closed_consultation(home_page):
    return make_consultation(home_page)


@pytest.fixture
def subscribers(closed_consultation):
    emails = ["sam@example.org", "priya@example.org"]
    for email in emails:
        ConsultationSubscription.objects.create(
            consultation=closed_consultation, purpose=SubscriptionPurpose.OUTCOME, email=email
        )
    return emails


def outcome_notices():
    """The e-mails telling people what we decided (after each, feedback/involvement.py asks them one
    question about how we involved them, in an e-mail of its own)."""
    return [message for message in mail.outbox if message.subject.startswith("What we decided")]


def recipients():
    return sorted(address for message in outcome_notices() for address in message.to)


# The e-mail


def test_only_people_who_asked_to_hear_are_emailed(client, home_page, django_capture_on_commit_callbacks):
    consultation = make_consultation(home_page, title="Kellsmoor's minor injuries unit", open_now=True)
    ConsultationQuestion.objects.create(page=consultation, label="How do you travel", field_type="singleline")
    answer(client, consultation, email="sam@example.org", hear_outcome=True)
    answer(client, consultation, email="jo@example.org", hear_outcome=False)
    answer(client, consultation)
    consultation.closes_at = NOW - datetime.timedelta(days=1)
    consultation.save_revision().publish()

    outcome = publish(make_outcome(consultation), django_capture_on_commit_callbacks)

    assert recipients() == ["sam@example.org"]
    message = outcome_notices()[0]
    assert message.subject == "What we decided: Kellsmoor's minor injuries unit"
    assert outcome.summary in message.body
    assert "4 actions: 2 done, 1 in progress, 1 not possible" in message.body
    assert outcome.full_url in message.body
    assert "you asked us to tell you what we decided" in message.body
    assert "&#x27;" not in message.body  # plain text: no HTML escaping


def test_each_person_is_told_once_however_often_the_outcome_is_published(
    closed_consultation, subscribers, django_capture_on_commit_callbacks
):
    outcome = publish(make_outcome(closed_consultation), django_capture_on_commit_callbacks)
    outcome.summary = "A corrected summary."
    publish(outcome, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        outcome.unpublish()
    publish(outcome, django_capture_on_commit_callbacks)

    assert recipients() == sorted(subscribers)
    assert Notification.objects.filter(key__startswith=f"outcome:{closed_consultation.pk}:").count() == 2


def test_a_second_outcome_page_for_the_same_consultation_tells_nobody_again(
    closed_consultation, subscribers, django_capture_on_commit_callbacks
):
    publish(make_outcome(closed_consultation), django_capture_on_commit_callbacks)
    publish(make_outcome(closed_consultation, title="An update"), django_capture_on_commit_callbacks)

    assert recipients() == sorted(subscribers)


def test_the_task_running_twice_tells_nobody_twice(
    closed_consultation, subscribers, django_capture_on_commit_callbacks
):
    outcome = publish(make_outcome(closed_consultation), django_capture_on_commit_callbacks)

    with django_capture_on_commit_callbacks(execute=True):
        again = tell_subscribers.enqueue(outcome.pk)
    with django_capture_on_commit_callbacks(execute=True):
        tell_subscribers.enqueue(outcome.pk)

    assert again.return_value == 0
    assert recipients() == sorted(subscribers)


def test_someone_whose_request_arrived_late_is_told_when_the_outcome_is_next_published(
    closed_consultation, subscribers, django_capture_on_commit_callbacks
):
    """A paper response keyed in after the outcome went out still gets its answer."""
    outcome = publish(make_outcome(closed_consultation), django_capture_on_commit_callbacks)
    ConsultationSubscription.objects.create(
        consultation=closed_consultation, purpose=SubscriptionPurpose.OUTCOME, email="late@example.org"
    )

    publish(outcome, django_capture_on_commit_callbacks)

    assert recipients() == sorted([*subscribers, "late@example.org"])


def test_a_draft_outcome_tells_nobody(closed_consultation, subscribers, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        make_outcome(closed_consultation).save_revision()

    assert mail.outbox == []


def test_a_service_change_outcome_publishes_and_emails_nobody(home_page, client, django_capture_on_commit_callbacks):
    topic = Topic.objects.create(name="Patient transport", slug="patient-transport")
    place = Place.objects.create(name="Whole area", slug="whole-area")
    index = home_page.add_child(instance=ServiceChangeIndexPage(title="Service changes", slug="service-changes"))
    change = index.add_child(
        instance=ServiceChangePage(
            title="Who can get free transport",
            summary="We are changing who can get free transport to hospital.",
            topic=topic,
            place=place,
            what_is_changing="<p>The rules.</p>",
            why="<p>To be fair.</p>",
            who_is_affected="<p>Patients.</p>",
            what_it_means="<p>Check if you can get it.</p>",
        )
    )

    outcome = publish(make_outcome(change), django_capture_on_commit_callbacks)

    assert outcome.live
    assert mail.outbox == []
    response = client.get(outcome.url)
    assert response.status_code == 200
    assert "What we did about this change:" in response.text


def test_a_failed_email_is_kept_and_sent_once_the_mail_server_is_back(
    closed_consultation, settings, django_capture_on_commit_callbacks
):
    ConsultationSubscription.objects.create(
        consultation=closed_consultation, purpose=SubscriptionPurpose.OUTCOME, email="sam@example.org"
    )
    settings.EMAIL_BACKEND = f"{__name__}.BrokenEmailBackend"

    outcome = publish(make_outcome(closed_consultation), django_capture_on_commit_callbacks)

    assert outcome.live, "a mail server failure must not stop the outcome being published"
    notification = Notification.objects.get(key__startswith="outcome:")
    assert notification.to == "sam@example.org"
    assert notification.sent_at is None
    assert "mail server unreachable" in notification.last_error

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_pending_notifications", stdout=io.StringIO())
    call_command("send_pending_notifications", stdout=io.StringIO())

    assert recipients() == ["sam@example.org"]
    notification.refresh_from_db()
    assert notification.sent_at is not None
    assert notification.last_error == ""


# The consultation's stage


def test_a_closed_consultation_shows_its_outcome_once_the_outcome_is_live(
    closed_consultation, django_capture_on_commit_callbacks
):
    outcome = make_outcome(closed_consultation)
    assert ConsultationPage.objects.get(pk=closed_consultation.pk).stage == Stage.CLOSED

    publish(outcome, django_capture_on_commit_callbacks)
    assert ConsultationPage.objects.get(pk=closed_consultation.pk).stage == Stage.OUTCOME_PUBLISHED
    assert ConsultationPage.objects.with_stage().get(pk=closed_consultation.pk).stage == Stage.OUTCOME_PUBLISHED

    outcome.unpublish()
    assert ConsultationPage.objects.get(pk=closed_consultation.pk).stage == Stage.CLOSED


# The outcome page


def page_html(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_outcome_page_shows_each_theme_with_its_progress_and_why_not(
    client, closed_consultation, django_capture_on_commit_callbacks
):
    outcome = publish(
        make_outcome(closed_consultation, introduction="312 people answered online, on paper and at drop-ins."),
        django_capture_on_commit_callbacks,
    )

    html = page_html(client, outcome)

    assert html.h1.get_text(strip=True) == outcome.title
    assert html.select_one(".nhsuk-lede-text").get_text(strip=True) == outcome.summary
    assert "312 people answered" in html.main.get_text()
    link = html.main.find("a", string=closed_consultation.title)
    assert link["href"] == closed_consultation.url
    assert "4 actions: 2 done, 1 in progress, 1 not possible" in html.main.get_text()

    themes = html.select(".outcome-theme")
    assert len(themes) == 4
    shown = []
    for theme in themes:
        rows = {row.dt.get_text(strip=True): row.dd for row in theme.select(".nhsuk-summary-list__row")}
        tag = rows["Progress"].select_one(".nhsuk-tag")
        shown.append(
            (
                rows["You said"].get_text(strip=True),
                rows["We did"].get_text(strip=True),
                tag.get_text(strip=True),
                [c for c in tag["class"] if c.startswith("nhsuk-tag--")],
                rows["Why we cannot do this"].get_text(strip=True) if "Why we cannot do this" in rows else None,
            )
        )
    assert shown == [
        (THEMES[0][0], THEMES[0][1], "Done", ["nhsuk-tag--green"], None),
        (THEMES[1][0], THEMES[1][1], "Done", ["nhsuk-tag--green"], None),
        (THEMES[2][0], THEMES[2][1], "In progress", ["nhsuk-tag--blue"], None),
        (THEMES[3][0], THEMES[3][1], "Not possible", ["nhsuk-tag--red"], "Not enough nurses."),
    ]


def test_planned_actions_are_shown_in_grey(client, closed_consultation, django_capture_on_commit_callbacks):
    themes = [("More buses.", "We will ask the council.", ActionStatus.PLANNED, "")]
    outcome = publish(make_outcome(closed_consultation, themes=themes), django_capture_on_commit_callbacks)

    html = page_html(client, outcome)

    assert html.select_one(".outcome-theme .nhsuk-tag--grey").get_text(strip=True) == "Planned"
    assert "1 action: 1 planned" in html.main.get_text()


def test_action_cards_follow_the_order_of_the_summary_line(
    client, closed_consultation, django_capture_on_commit_callbacks
):
    themes = [THEMES[3], THEMES[2], ("More buses.", "We will ask the council.", ActionStatus.PLANNED, ""), THEMES[0]]
    outcome = publish(make_outcome(closed_consultation, themes=themes), django_capture_on_commit_callbacks)

    html = page_html(client, outcome)

    assert "4 actions: 1 done, 1 in progress, 1 planned, 1 not possible" in html.main.get_text()
    tags = [tag.get_text(strip=True) for tag in html.select(".outcome-theme .nhsuk-tag")]
    assert tags == ["Done", "In progress", "Planned", "Not possible"]


def test_outcome_page_under_its_consultation_is_served_at_its_own_address(
    client, closed_consultation, django_capture_on_commit_callbacks
):
    outcome = publish(make_outcome(closed_consultation), django_capture_on_commit_callbacks)

    assert outcome.url.startswith(closed_consultation.url)
    assert page_html(client, outcome).h1.get_text(strip=True) == outcome.title


def count_queries(client, url):
    """Queries for a visit to `url`, after a first visit has filled the caches (site, settings)."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_outcome_page_queries_do_not_grow_with_its_themes(
    client, closed_consultation, django_capture_on_commit_callbacks
):
    short = publish(
        make_outcome(closed_consultation, themes=THEMES[:1], title="Short"), django_capture_on_commit_callbacks
    )
    long = publish(
        make_outcome(closed_consultation, themes=THEMES * 5, title="Long"), django_capture_on_commit_callbacks
    )

    assert count_queries(client, long.url) == count_queries(client, short.url)


# The index at /you-said-we-did/


def publish_outcomes(parent, consultation, count, on_commit):
    """`count` live outcomes, published a day apart: the last one is the newest."""
    outcomes = []
    for number in range(count):
        outcome = publish(make_outcome(parent, consultation, title=f"Outcome {number}"), on_commit)
        published = NOW - datetime.timedelta(days=count - number)
        OutcomePage.objects.filter(pk=outcome.pk).update(first_published_at=published)
        outcomes.append(outcome)
    return outcomes


def listed_titles(html):
    return [heading.get_text(strip=True) for heading in html.select("main .nhsuk-card__heading")]


def test_index_lists_live_outcomes_from_anywhere_newest_first(
    client, home_page, closed_consultation, django_capture_on_commit_callbacks
):
    index = outcome_index(home_page)
    older, newer = publish_outcomes(index, closed_consultation, 2, django_capture_on_commit_callbacks)
    under_consultation = publish(
        make_outcome(closed_consultation, title="Under the consultation"), django_capture_on_commit_callbacks
    )
    make_outcome(index, closed_consultation, title="Still a draft")

    html = page_html(client, index)

    assert index.url == "/you-said-we-did/"
    assert listed_titles(html) == [under_consultation.title, newer.title, older.title]
    first = html.select_one("main .nhsuk-card")
    assert under_consultation.summary in first.get_text()
    assert first.find("a", string=closed_consultation.title)["href"] == closed_consultation.url
    assert html.select_one("nav.nhsuk-pagination") is None


def test_index_shows_ten_a_page_with_links_between_pages(
    client, home_page, closed_consultation, django_capture_on_commit_callbacks
):
    index = outcome_index(home_page)
    outcomes = publish_outcomes(index, closed_consultation, 12, django_capture_on_commit_callbacks)
    newest_first = [outcome.title for outcome in reversed(outcomes)]

    first_page = page_html(client, index)
    assert listed_titles(first_page) == newest_first[:10]
    assert first_page.select_one("nav.nhsuk-pagination a[rel=next]")["href"] == "?page=2"

    response = client.get(index.url, {"page": 2})
    second_page = BeautifulSoup(response.content, "html.parser")
    assert listed_titles(second_page) == newest_first[10:]
    assert second_page.select_one("nav.nhsuk-pagination a[rel=prev]")["href"] == "?page=1"
    assert second_page.select_one("[aria-current=page]").get_text(strip=True) == "2"

    past_the_end = BeautifulSoup(client.get(index.url, {"page": 99}).content, "html.parser")
    assert listed_titles(past_the_end) == newest_first[10:]


def test_index_says_so_when_there_are_no_outcomes(client, home_page):
    html = page_html(client, outcome_index(home_page))

    assert "We have not published any outcomes yet" in html.main.get_text()
    assert html.select("main .nhsuk-card") == []


def test_index_queries_do_not_grow_with_the_outcomes(
    client, home_page, closed_consultation, django_capture_on_commit_callbacks
):
    index = outcome_index(home_page)
    publish_outcomes(index, closed_consultation, 2, django_capture_on_commit_callbacks)
    few = count_queries(client, index.url)
    publish_outcomes(index, closed_consultation, 8, django_capture_on_commit_callbacks)

    assert count_queries(client, index.url) == few
