"""A consultation in Welsh and Urdu: the same consultation, whose answers count with the rest."""

import uuid

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale

from consultations.models import ConsultationResponse
from consultations.results import summarise_results

from .conftest import answers_for
from .test_responses_admin import member_of

WELSH_CHOICES = "Byth\nUnwaith y flwyddyn\nYn amlach"


@pytest.fixture
def welsh_consultation(open_consultation):
    """The open consultation copied into Welsh, as an editor's "Translate" does, with its
    questions and choices in Welsh."""
    welsh = Locale.objects.create(language_code="cy")
    home = open_consultation.get_parent().get_parent().specific
    home.copy_for_translation(welsh).save_revision().publish()
    page = open_consultation.copy_for_translation(welsh, copy_parents=True)
    page.title = "Agor yr uned mân anafiadau yn y nos"
    questions = list(page.form_fields.all())
    questions[0].label, questions[0].choices = "Pa mor aml ydych chi'n defnyddio'r uned yn y nos?", WELSH_CHOICES
    questions[1].label = "Beth sy'n eich poeni am y newid?"
    page.form_fields = questions
    page.save_revision().publish()
    return page


def test_the_welsh_page_is_in_welsh_with_its_own_address(client, welsh_consultation):
    html = client.get("/cy/consultations/minor-injuries-nights/").text
    assert '<html lang="cy" dir="ltr">' in html
    assert "Agor yr uned mân anafiadau yn y nos" in html
    assert "Unwaith y flwyddyn" in html
    # The English address is as it was.
    assert "Night-time opening at the minor injuries unit" in client.get("/consultations/minor-injuries-nights/").text


def test_answers_in_welsh_join_the_english_consultations_responses_and_results(
    client, open_consultation, welsh_consultation
):
    token = uuid.uuid4()
    response = client.post(
        "/cy/consultations/minor-injuries-nights/",
        answers_for(
            open_consultation,
            token,
            how_often_do_you_use_the_unit_at_night="Once a year",
            what_worries_you_about_the_change="Cyrraedd yr ysbyty yn y nos.",
        ),
    )
    assert response.status_code == 302 and response.url.startswith(
        "/cy/consultations/minor-injuries-nights/confirmation/"
    )
    assert client.get(response.url).status_code == 200

    stored = ConsultationResponse.objects.get()
    assert stored.page_id == open_consultation.pk
    assert stored.form_data["how_often_do_you_use_the_unit_at_night"] == "Once a year"
    assert "Once a year" in str(summarise_results(open_consultation))

    publisher = Client()
    publisher.force_login(member_of("Publishers"))
    url = reverse("wagtailforms:list_submissions", args=[open_consultation.pk])
    csv = b"".join(publisher.get(url, {"export": "csv"}).streaming_content).decode()
    assert "Cyrraedd yr ysbyty yn y nos." in csv


def test_the_welsh_choices_are_shown_in_welsh_and_stored_as_the_originals(client, welsh_consultation):
    html = client.get("/cy/consultations/minor-injuries-nights/").text
    assert 'value="Once a year"' in html
    assert 'value="Unwaith y flwyddyn"' not in html


def test_the_translation_is_not_listed_as_another_consultation(client, welsh_consultation):
    finder = client.get("/consultations/").text
    assert finder.count("/consultations/minor-injuries-nights/") == 1
    assert "Agor yr uned" not in finder
