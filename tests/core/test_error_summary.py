"""The NHS.UK error pattern on every public form page: the error summary first in `main`, and
a page title that starts "Error: ". The browser tests check focus and what a phone shows."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from demo.factories.consultations import (
    ConsultationIndexPageFactory,
    ConsultationPageFactory,
    ConsultationQuestionFactory,
)

pytestmark = pytest.mark.django_db


def assert_error_pattern(response, *messages):
    html = BeautifulSoup(response.content, "html.parser")
    assert html.title.get_text().startswith("Error: "), html.title.get_text()
    summaries = html.select(".nhsuk-error-summary")
    assert len(summaries) == 1
    # Nothing in `main` comes before the summary: its first words are the summary's.
    first_words = html.main.find(string=lambda text: text.strip())
    assert first_words.find_parent(class_="nhsuk-error-summary") is summaries[0]
    for message in messages:
        assert message in summaries[0].get_text()


@pytest.fixture
def consultations(home_page):
    return ConsultationIndexPageFactory(parent=home_page)


def test_the_questionnaire(client, consultations):
    consultation = ConsultationPageFactory(parent=consultations, title="Moving the birth centre")
    ConsultationQuestionFactory(
        page=consultation,
        label="Where did you give birth?",
        field_type="radio",
        choices="Home\nHospital",
        required=True,
    )

    response = client.post(consultation.url, {"respondent-submission_token": "8b0c3e0c-0c52-4a0e-9d43-2f0b1b7d9f11"})

    assert_error_pattern(response, "Where did you give birth?")


def test_the_reminder_form_of_a_consultation_coming_soon(client, consultations):
    soon = ConsultationPageFactory(
        parent=consultations,
        opens_at=timezone.now() + datetime.timedelta(days=7),
        closes_at=timezone.now() + datetime.timedelta(days=30),
    )

    response = client.post(f"{soon.url}remind-me/", {"reminder-email": "not an address"})

    assert_error_pattern(response, "Enter an e-mail address like name@example.org")


def test_the_finder_with_a_place_that_does_not_exist(client, consultations):
    assert_error_pattern(client.get(consultations.url, {"place": "atlantis"}))


def test_logging_in(client, home_page):
    response = client.post("/accounts/login/", {"login": "nobody@example.org", "password": "wrong password"})

    assert_error_pattern(response, "The e-mail address or password is not right.")


def test_starting_a_forum_conversation(client, forum_page, category, member):
    client.force_login(member)

    response = client.post(f"{forum_page.url}new/", {"title": "", "text": ""})

    assert_error_pattern(response)


def test_a_page_without_errors_has_neither(client, consultations):
    html = BeautifulSoup(client.get(consultations.url).content, "html.parser")

    assert not html.title.get_text().startswith("Error")
    assert not html.select(".nhsuk-error-summary")
