"""Fixtures for consultations: a finder with consultations at each stage."""

import datetime

import pytest
from django.utils import timezone

from demo.factories.consultations import (
    ConsultationIndexPageFactory,
    ConsultationPageFactory,
    ConsultationQuestionFactory,
)
from demo.factories.taxonomy import PlaceFactory, TopicFactory


@pytest.fixture
def finder(home_page):
    return ConsultationIndexPageFactory(parent=home_page)


@pytest.fixture
def open_consultation(finder):
    """An open consultation about the minor injuries unit, with a question of each main kind."""
    consultation = ConsultationPageFactory(
        parent=finder,
        title="Night-time opening at the minor injuries unit",
        slug="minor-injuries-nights",
        topic=TopicFactory(name="Urgent care", slug="urgent-care"),
        place=PlaceFactory(name="Kellsmoor", slug="kellsmoor"),
    )
    ConsultationQuestionFactory(
        page=consultation,
        label="How often do you use the unit at night?",
        field_type="radio",
        choices="Never\nOnce a year\nMore often",
        required=True,
    )
    ConsultationQuestionFactory(
        page=consultation,
        label="What worries you about the change?",
        field_type="multiline",
        required=False,
    )
    ConsultationQuestionFactory(
        page=consultation,
        label="Which of these would help?",
        field_type="checkboxes",
        choices="A taxi scheme\nLonger X-ray hours\nBetter phone advice",
        required=False,
    )
    return consultation


@pytest.fixture
def coming_soon(finder):
    """A consultation that opens in two weeks: people can ask to be told when it opens."""
    return ConsultationPageFactory(
        parent=finder,
        title="One phone line for GP appointments",
        slug="gp-phone-line",
        opens_at=timezone.now() + datetime.timedelta(days=14),
        closes_at=timezone.now() + datetime.timedelta(days=60),
    )


@pytest.fixture
def closed_consultation(finder):
    now = timezone.now()
    return ConsultationPageFactory(
        parent=finder,
        title="Patient transport rules",
        slug="patient-transport",
        opens_at=now - datetime.timedelta(days=60),
        closes_at=now - datetime.timedelta(days=2),
        topic=TopicFactory(name="Patient transport", slug="patient-transport"),
        place=PlaceFactory(name="Whole area", slug="whole-area", covers_whole_area=True),
        outcome_expected="by March 2027",
    )


def answers_for(consultation, token, **extra):
    """A complete, valid POST for `open_consultation`'s questionnaire."""
    data = {
        "how_often_do_you_use_the_unit_at_night": "Once a year",
        "what_worries_you_about_the_change": "Getting to A&E at night without a car.",
        "which_of_these_would_help": ["A taxi scheme", "Longer X-ray hours"],
        "respondent-submission_token": str(token),
        "respondent-email": "",
    }
    data.update(extra)
    return data
