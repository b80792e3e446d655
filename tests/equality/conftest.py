"""Fixtures for equality monitoring: a consultation to answer, and an engagement lead."""

import re
import uuid

import pytest
from django.contrib.auth.models import Group

from demo.factories.consultations import (
    ConsultationIndexPageFactory,
    ConsultationPageFactory,
    ConsultationQuestionFactory,
)
from demo.factories.people import MemberFactory

OFFER_LINK = re.compile(r'href="(/about-you/[^"/]+/)"')


@pytest.fixture
def client(committing_client):
    return committing_client


@pytest.fixture
def consultation(home_page):
    finder = ConsultationIndexPageFactory(parent=home_page)
    page = ConsultationPageFactory(parent=finder, title="Moving the birth centre", slug="birth-centre")
    ConsultationQuestionFactory(page=page, label="What do you think?", field_type="multiline", required=True)
    return page


def answer(client, consultation, token=None):
    """Answer the consultation as a person does; returns the confirmation page's HTML."""
    response = client.post(
        consultation.url,
        {
            "what_do_you_think": "Keep it near the labour ward.",
            "respondent-submission_token": str(token or uuid.uuid4()),
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return client.get(response["Location"]).content.decode()


def offer_link(html):
    """The address of the equality questions offered on a page, or None."""
    found = OFFER_LINK.search(html)
    return found.group(1) if found else None


FULL_ANSWERS = {
    "age_band": "25_34",
    "sex": "female",
    "same_gender": "yes",
    "ethnicity": "asian_pakistani",
    "disability": "no",
    "sexual_orientation": "prefer_not_to_say",
    "religion": "muslim",
    "carer": "yes",
    "consent": "on",
}


def staff(group_name, **fields):
    user = MemberFactory(**fields)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def lead(db):
    return staff("Engagement leads", display_name="Lee the lead")
