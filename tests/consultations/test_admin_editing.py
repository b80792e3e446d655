"""Editors build a consultation and its questionnaire in the Wagtail admin."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from consultations.factories import PlaceFactory, TopicFactory
from consultations.models import ConsultationPage
from people.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_publisher_builds_a_consultation_with_questions(client, finder):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    topic, place = TopicFactory(name="Maternity"), PlaceFactory(name="Wendlebridge")
    add_url = reverse("wagtailadmin_pages:add", args=["consultations", "consultationpage", finder.pk])
    form = client.get(add_url)
    assert form.status_code == 200
    assert "Single choice (radio buttons)" in form.content.decode()

    opens = timezone.localtime() - datetime.timedelta(days=1)
    closes = opens + datetime.timedelta(days=42)
    response = client.post(
        add_url,
        nested_form_data(
            {
                "title": "Moving the birth centre",
                "slug": "birth-centre",
                "summary": "We want to move the birth centre next to the labour ward.",
                "opens_at": opens.strftime("%Y-%m-%d %H:%M"),
                "closes_at": closes.strftime("%Y-%m-%d %H:%M"),
                "engagement_level": "consulting",
                "audience": "Anyone who may give birth at Wendlebridge General",
                "topic": topic.pk,
                "place": place.pk,
                "allow_anonymous": "on",
                "body": streamfield([]),
                "key_dates": inline_formset([]),
                "documents": inline_formset([]),
                "form_fields": inline_formset(
                    [
                        {
                            "label": "Where did you give birth?",
                            "field_type": "radio",
                            "required": "on",
                            "choices": "At home\nIn the birth centre",
                            "help_text": "",
                            "default_value": "",
                        },
                        {
                            "label": "Anything else?",
                            "field_type": "multiline",
                            "choices": "",
                            "help_text": "",
                            "default_value": "",
                        },
                    ]
                ),
                "comments": inline_formset([]),
                "action-publish": "publish",
            }
        ),
    )
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    consultation = ConsultationPage.objects.get(slug="birth-centre")
    assert consultation.live
    assert [question.label for question in consultation.form_fields.all()] == [
        "Where did you give birth?",
        "Anything else?",
    ]

    html = client.get(consultation.url).content.decode()
    assert "Where did you give birth?" in html
    assert "Send my answers" in html


def test_topics_and_places_are_managed_as_snippets(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    response = client.post(
        reverse("wagtailsnippets_consultations_topic:add"), {"name": "Diabetes care", "slug": "diabetes"}
    )
    assert response.status_code == 302
    listing = client.get(reverse("wagtailsnippets_consultations_topic:list"))
    assert "Diabetes care" in listing.content.decode()
