"""Published results that cannot point at anyone: small counts withheld, with the reason on the page."""

import pytest
from bs4 import BeautifulSoup

from consultations.models import Channel
from consultations.recording import record_response
from demo.factories.consultations import ConsultationQuestionFactory

pytestmark = pytest.mark.django_db


def published(consultation):
    consultation.results_published = True
    consultation.save_revision().publish()
    return consultation


def main_text(client, consultation):
    html = BeautifulSoup(client.get(consultation.url).content, "html.parser")
    return " ".join(html.main.get_text().split())


@pytest.fixture
def day_question(closed_consultation):
    return ConsultationQuestionFactory(
        page=closed_consultation,
        label="When could you come?",
        field_type="radio",
        choices="Mornings\nEvenings",
        required=False,
    )


def test_one_answer_is_not_shown_as_one_person_choosing_evenings(client, closed_consultation, day_question):
    record_response(closed_consultation, {day_question.clean_name: "Evenings"})

    text = main_text(client, published(closed_consultation))

    assert "We received fewer than 5 responses." in text
    assert "Fewer than 5 people answered. We do not show what so few people told us" in text
    assert "1 person" not in text and "100%" not in text and "Evenings" not in text


def test_a_question_too_few_people_answered_keeps_its_breakdown_hidden(client, closed_consultation, day_question):
    help_question = ConsultationQuestionFactory(
        page=closed_consultation, label="Do you need help to travel?", field_type="radio", choices="Yes\nNo"
    )
    for number in range(6):
        answers = {help_question.clean_name: "Yes" if number % 2 else "No"}
        if number < 2:
            answers[day_question.clean_name] = "Evenings"
        record_response(closed_consultation, answers)

    text = main_text(client, published(closed_consultation))

    assert "6 people answered." in text
    assert "Out of 6 people who answered this." in text  # the travel question, with enough answers
    assert "Fewer than 5 people answered this question. We do not show their answers" in text
    assert "Evenings" not in text


def test_a_small_count_is_withheld_with_the_one_that_would_give_it_away(client, closed_consultation, day_question):
    for channel, day in [(Channel.ONLINE, "Mornings")] * 6 + [(Channel.PAPER, "Evenings")] * 2:
        record_response(closed_consultation, {day_question.clean_name: day}, channel=channel)

    html = BeautifulSoup(client.get(published(closed_consultation).url).content, "html.parser")

    days = html.find("figcaption", string="When could you come?").find_parent("figure")
    rows = {row.th.get_text(): [cell.get_text() for cell in row.find_all("td")] for row in days.select("tbody tr")}
    # 8 answered: showing "6 Mornings" would tell you that 2 chose Evenings.
    assert rows == {"Mornings": ["not shown", "not shown"], "Evenings": ["fewer than 5", "not shown"]}
    assert "To protect people's privacy, we do not show a number smaller than 5" in days.get_text()
    assert not days.select("meter")


def test_the_threshold_is_a_setting(client, closed_consultation, day_question, settings):
    settings.RESULTS_MIN_COUNT = 1
    record_response(closed_consultation, {day_question.clean_name: "Evenings"})

    assert "1 person answered." in main_text(client, published(closed_consultation))


def test_more_than_100_percent_is_only_claimed_when_the_figures_add_up_to_more(client, closed_consultation):
    help_with = ConsultationQuestionFactory(
        page=closed_consultation, label="What would help?", field_type="checkboxes", choices="Taxis\nBuses"
    )
    for _ in range(5):
        record_response(closed_consultation, {help_with.clean_name: ["Taxis"]})
    published(closed_consultation)

    text = main_text(client, closed_consultation)
    assert "People could choose more than one answer." in text
    assert "add up to more than 100%" not in text

    for _ in range(5):
        record_response(closed_consultation, {help_with.clean_name: ["Taxis", "Buses"]})
    assert "so the figures add up to more than 100%" in main_text(client, closed_consultation)
