"""Past the limit per client address on answers and on "tell me when it opens", the 429 page
gives back every answer under its question, nothing is stored, and another address is not
held up. (The full limits, and a made-up X-Forwarded-For, are in test_questionnaire.py.)"""

import uuid

from consultations.models import ConsultationResponse, ConsultationSubscription

from ..limits import ELSEWHERE, WORDS, WORDS_ESCAPED, refused_keeping
from .conftest import answers_for


def test_answers_past_the_limit_come_back_under_their_questions(client, open_consultation, post_limit):
    post_limit("consultation-response", "1/h")
    assert client.post(open_consultation.url, answers_for(open_consultation, uuid.uuid4())).status_code == 302

    answers = answers_for(
        open_consultation,
        uuid.uuid4(),
        what_worries_you_about_the_change=WORDS,
        **{"respondent-email": "kim@example.org", "respondent-hear_outcome": "on"},
    )
    page = refused_keeping(client.post(open_consultation.url, answers), WORDS, "Once a year", "kim@example.org")
    assert "What worries you about the change?" in page and "How often do you use the unit at night?" in page
    assert "A taxi scheme\nLonger X-ray hours" in page, "both boxes ticked, by their labels"
    assert WORDS_ESCAPED in page and "<b>never" not in page
    assert ConsultationResponse.objects.count() == 1

    assert client.post(open_consultation.url, answers, REMOTE_ADDR=ELSEWHERE).status_code == 302
    assert ConsultationResponse.objects.count() == 2


def test_reminders_past_the_limit_come_back_with_the_address(client, coming_soon, post_limit):
    post_limit("opening-reminder", "1/h")
    remind_me = coming_soon.url + "remind-me/"
    client.post(remind_me, {"reminder-email": "sam@example.org"})

    refused_keeping(client.post(remind_me, {"reminder-email": "kim@example.org"}), "kim@example.org")
    assert list(ConsultationSubscription.objects.opening().values_list("email", flat=True)) == ["sam@example.org"]

    assert client.post(remind_me, {"reminder-email": "kim@example.org"}, REMOTE_ADDR=ELSEWHERE).status_code == 200
    assert ConsultationSubscription.objects.opening().count() == 2
