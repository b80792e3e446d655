"""Editors build a consultation and its questionnaire in the Wagtail admin."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from consultations.models import ConsultationPage
from demo.factories.people import UserFactory
from demo.factories.taxonomy import PlaceFactory, TopicFactory

pytestmark = pytest.mark.django_db


QUESTIONS = [
    {
        "label": "Where did you give birth?",
        "field_type": "radio",
        "required": "on",
        "choices": "At home\nIn the birth centre",
        "help_text": "",
    },
    {"label": "Anything else?", "field_type": "multiline", "choices": "", "help_text": ""},
]


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


@pytest.fixture
def add_url(finder):
    return reverse("wagtailadmin_pages:add", args=["consultations", "consultationpage", finder.pk])


def consultation_data(opens=None, closes=None, questions=QUESTIONS, action="action-publish", **fields):
    """What the admin's 'add consultation' form sends: open since yesterday for six weeks, with
    two questions, published."""
    opens = opens or timezone.localtime() - datetime.timedelta(days=1)
    closes = closes or opens + datetime.timedelta(days=42)
    data = {
        "title": "Moving the birth centre",
        "slug": "birth-centre",
        "summary": "We want to move the birth centre next to the labour ward.",
        "opens_at": opens.strftime("%Y-%m-%d %H:%M"),
        "closes_at": closes.strftime("%Y-%m-%d %H:%M"),
        "engagement_level": "consulting",
        "audience": "Anyone who may give birth at Wendlebridge General",
        "topic": TopicFactory(name="Maternity").pk,
        "place": PlaceFactory(name="Wendlebridge").pk,
        "allow_anonymous": "on",
        "body": streamfield([]),
        "key_dates": inline_formset([]),
        "documents": inline_formset([]),
        "form_fields": inline_formset(questions),
        "comments": inline_formset([]),
        **fields,
    }
    if action:
        data[action] = action.removeprefix("action-")
    return nested_form_data(data)


def test_publisher_builds_a_consultation_with_questions(admin_client, add_url):
    form = admin_client.get(add_url)
    assert form.status_code == 200
    assert "Single choice (radio buttons)" in form.content.decode()

    response = admin_client.post(add_url, consultation_data())
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    consultation = ConsultationPage.objects.get(slug="birth-centre")
    assert consultation.live
    assert [question.label for question in consultation.form_fields.all()] == [
        "Where did you give birth?",
        "Anything else?",
    ]

    html = admin_client.get(consultation.url).content.decode()
    assert "Where did you give birth?" in html
    assert "Send my answers" in html


def test_question_fields_explain_themselves_in_plain_words(admin_client, add_url):
    html = admin_client.get(add_url).content.decode()
    assert "The label of the form field" not in html
    assert "The question as people will read it" in html
    assert "One answer per line" in html
    assert "How much say people have" in html  # level of engagement
    # No answer can be filled in for people in advance.
    assert "Default value" not in html


@pytest.mark.parametrize("action", ["action-publish", None], ids=["publish", "save draft"])
def test_a_consultation_cannot_close_before_it_opens(admin_client, add_url, action):
    opens = timezone.localtime() + datetime.timedelta(days=7)
    response = admin_client.post(
        add_url, consultation_data(opens=opens, closes=opens - datetime.timedelta(days=1), action=action)
    )
    assert response.status_code == 200
    assert "The closing date must be after the opening date." in response.content.decode()
    assert not ConsultationPage.objects.filter(slug="birth-centre").exists()


def test_an_open_consultation_with_no_way_to_respond_is_not_published(admin_client, add_url):
    response = admin_client.post(add_url, consultation_data(questions=[]))
    assert response.status_code == 200
    assert "People would have no way to respond." in response.content.decode()
    assert not ConsultationPage.objects.filter(slug="birth-centre").exists()

    # A draft may be unfinished.
    assert admin_client.post(add_url, consultation_data(questions=[], action=None)).status_code == 302
    assert not ConsultationPage.objects.get(slug="birth-centre").live


def test_a_coming_soon_consultation_with_no_way_to_respond_is_not_published(admin_client, add_url):
    opens = timezone.localtime() + datetime.timedelta(days=7)
    response = admin_client.post(add_url, consultation_data(opens=opens, questions=[]))
    assert "People would have no way to respond." in response.content.decode()
    assert not ConsultationPage.objects.filter(slug="birth-centre").exists()


def test_a_consultation_answered_only_by_phone_can_be_published(admin_client, add_url):
    response = admin_client.post(add_url, consultation_data(questions=[], phone="0300 123 4567"))
    assert response.status_code == 302
    assert ConsultationPage.objects.get(slug="birth-centre").live
