"""The involvement check: when a consultation's outcome is published, each person who asked to
hear it gets one e-mail with one question, "How satisfied are you with how we involved you?".
The link answers once and the answer holds nobody's identity. The engagement report shows the
share satisfied against the goal of 80%, with small numbers withheld."""

import hashlib
import re

import pytest
from django.core import mail

from demo.factories.consultations import ConsultationIndexPageFactory, ConsultationPageFactory
from engagement_report.models import EngagementReportPage
from feedback.models import InvolvementAnswer, Satisfaction
from notifications.models import Notification
from tests.engagement_report.test_engagement_report import last_financial_year, uk
from tests.outcomes.test_outcomes import make_outcome, publish, wants_the_outcome

pytestmark = pytest.mark.django_db

QUESTION = "One question about how we involved you"
PEOPLE = ["sam@example.org", "priya@example.org"]


@pytest.fixture
def consultation(home_page):
    year = last_financial_year()
    finder = ConsultationIndexPageFactory(parent=home_page)
    page = ConsultationPageFactory(
        parent=finder, title="Minor injuries unit at night", opens_at=uk(year, 5, 1), closes_at=uk(year, 6, 30)
    )
    for email in PEOPLE:
        wants_the_outcome(page, email)
    return page


def questions():
    return [message for message in mail.outbox if message.subject == QUESTION]


def link(message):
    return re.search(r"http\S+(/feedback/how-we-involved-you/\S+/)", message.body).group(1)


def test_publishing_the_outcome_asks_each_person_once(consultation, django_capture_on_commit_callbacks):
    outcome = publish(make_outcome(consultation), django_capture_on_commit_callbacks)
    publish(outcome, django_capture_on_commit_callbacks)  # published again: nobody is asked twice

    asked = questions()
    assert sorted(address for message in asked for address in message.to) == sorted(PEOPLE)
    assert "How satisfied are you with how we involved you?" in asked[0].body
    assert link(asked[0]) != link(asked[1])
    # The outcome notice says this e-mail is coming.
    notice = next(message for message in mail.outbox if message.subject.startswith("What we decided"))
    assert "one more short e-mail, to ask how we involved you" in notice.body
    # Once sent, no stored e-mail holds a link: the answer cannot be traced back to an address.
    assert set(Notification.objects.filter(key__startswith="involvement:").values_list("body", flat=True)) == {""}


def test_the_link_answers_once_and_keeps_no_identity(client, consultation, django_capture_on_commit_callbacks):
    publish(make_outcome(consultation), django_capture_on_commit_callbacks)
    address = link(questions()[0])

    page = client.get(address).content.decode()
    assert "How satisfied are you with how we involved you?" in page
    assert "Minor injuries unit at night" in page
    response = client.post(address, {"answer": "fairly"})
    assert response.status_code == 302
    assert "Thank you for your answer" in client.get(address).content.decode()
    client.post(address, {"answer": "very_not"})  # a second go changes nothing

    stored = InvolvementAnswer.objects.get()
    assert (stored.consultation_id, stored.answer) == (consultation.pk, Satisfaction.FAIRLY)
    assert {field.name for field in InvolvementAnswer._meta.concrete_fields} == {
        "id", "consultation", "answer", "given_on", "ticket",
    }  # fmt: skip
    assert all(person not in stored.ticket for person in PEOPLE)


def test_no_answer_is_a_polite_message(client, consultation, django_capture_on_commit_callbacks):
    publish(make_outcome(consultation), django_capture_on_commit_callbacks)
    response = client.post(link(questions()[0]), {})
    assert "Choose how satisfied you are" in response.content.decode()
    assert not InvolvementAnswer.objects.exists()


def test_a_made_up_link_answers_nothing(client, consultation):
    for address in ["/feedback/how-we-involved-you/made-up/", "/feedback/how-we-involved-you/a:b:c/"]:
        assert client.get(address).status_code == 404
        assert client.post(address, {"answer": "very"}).status_code == 404
    assert not InvolvementAnswer.objects.exists()


def answers(consultation, *choices):
    for number, choice in enumerate(choices):
        ticket = hashlib.sha256(f"{consultation.pk}:{number}".encode()).hexdigest()
        InvolvementAnswer.objects.create(consultation=consultation, answer=choice, ticket=ticket)


@pytest.fixture
def report_page(home_page):
    year = last_financial_year()
    return home_page.add_child(
        instance=EngagementReportPage(title=f"Engagement report {year}", slug="report", year_starting=year)
    )


def satisfaction_section(client, report_page):
    html = client.get(report_page.url).content.decode()
    start = html.index('id="involvement-heading"')
    return html[start : html.index("</section>", start)]


def test_the_engagement_report_shows_the_share_satisfied_against_the_goal(client, consultation, report_page):
    answers(consultation, *[Satisfaction.VERY] * 9, *[Satisfaction.FAIRLY] * 8, *[Satisfaction.VERY_NOT] * 8)

    section = satisfaction_section(client, report_page)

    assert "68% of 25 people were very or fairly satisfied." in section  # 17 of 25
    assert "Goal not met" in section and "at least 80%" in section


def test_the_goal_is_met_at_80_percent(client, consultation, report_page):
    answers(consultation, *[Satisfaction.FAIRLY] * 20, *[Satisfaction.NEITHER] * 5)
    section = satisfaction_section(client, report_page)
    assert "80% of 25 people" in section and "Goal met" in section


@pytest.mark.parametrize(
    "given",
    [
        [Satisfaction.VERY] * 3,  # too few people
        [Satisfaction.VERY] * 20 + [Satisfaction.VERY_NOT] * 2,  # too few dissatisfied: 91% gives them away
    ],
)
def test_small_numbers_are_withheld(client, consultation, report_page, given):
    answers(consultation, *given)
    section = satisfaction_section(client, report_page)
    assert "%" not in section.split("Our goal is")[1].replace("80%", "")
    assert "We do not show how they answered" in section
