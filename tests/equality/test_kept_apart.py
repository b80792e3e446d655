"""Equality answers cannot be joined back to the person who gave them, to their account or to
what they said in the consultation."""

import pytest
from django.apps import apps
from django.contrib import admin
from django.db import IntegrityError, connection, models
from wagtail.snippets.models import get_snippet_models

from consultations.models import ConsultationResponse
from demo.factories.equality import AnswerSetFactory
from demo.factories.people import MemberFactory
from equality.models import AnswerSet, Occasion, Offer
from equality.offers import SESSION_KEY
from people.models import User

from .conftest import FULL_ANSWERS, answer, offer_link

pytestmark = pytest.mark.django_db

QUESTION_COLUMNS = {
    "age_band",
    "sex",
    "same_gender",
    "ethnicity",
    "disability",
    "sexual_orientation",
    "religion",
    "carer",
}


def columns(model):
    with connection.cursor() as cursor:
        return {column.name for column in connection.introspection.get_table_description(cursor, model._meta.db_table)}


def test_an_answer_set_holds_only_the_answers_the_occasion_and_the_month():
    assert columns(AnswerSet) == {"id", "occasion_id", "month", *QUESTION_COLUMNS}
    # No column in common with the accounts or the responses, beyond each table's own key,
    # and the answer set's key is a random UUID, not a number that counts up with time.
    for other in (User, ConsultationResponse):
        assert columns(AnswerSet) & columns(other) == {"id"}
    assert isinstance(AnswerSet._meta.pk, models.UUIDField)
    # Nothing finer than a month: no date-time field at all.
    assert not [f for f in AnswerSet._meta.concrete_fields if isinstance(f, models.DateTimeField)]
    # Its one link leads to the occasion, and the occasion's only to a page (the consultation).
    assert {f.related_model for f in AnswerSet._meta.concrete_fields if f.is_relation} == {Occasion}
    assert {f.related_model._meta.label for f in Occasion._meta.concrete_fields if f.is_relation} == {
        "wagtailcore.Page"
    }
    assert columns(Offer) == {"id", "token_hash", "occasion_id", "expires_on"}


def test_no_other_model_points_at_an_answer_set():
    pointing = [
        f"{model._meta.label}.{field.name}"
        for model in apps.get_models()
        for field in model._meta.concrete_fields
        if field.is_relation and field.related_model is AnswerSet
    ]
    assert pointing == []


def test_a_members_answers_hold_nothing_of_them_or_their_response(client, consultation):
    consultation.allow_anonymous = False  # responses are linked to the member's account
    consultation.save_revision().publish()
    member = MemberFactory(email="asha.khan@example.org", display_name="Asha Khan")
    client.force_login(member)
    link = offer_link(answer(client, consultation))
    client.post(link, FULL_ANSWERS)

    response = ConsultationResponse.objects.get()
    assert response.respondent == member
    # Every value stored, but the occasion's key (which may equal some other table's number).
    kept = sorted(columns(AnswerSet) - {"occasion_id"})
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {', '.join(kept)} FROM {AnswerSet._meta.db_table}")  # noqa: S608 (our own names)
        (row,) = cursor.fetchall()
    stored = {str(value) for value in row}
    person = (member.pk, member.email, member.display_name, response.pk, response.reference)
    for detail in (*person, client.session.session_key):
        assert str(detail) not in stored
    assert AnswerSet.objects.get().month.day == 1  # the month only, whatever day they answered
    # The offer that brought the answers is gone, and the session no longer holds its token.
    assert not Offer.objects.exists()
    assert not client.session.get(SESSION_KEY)


def test_the_database_refuses_free_text_in_an_answer():
    with pytest.raises(IntegrityError):
        AnswerSetFactory(ethnicity="Sam from number 12")


def test_the_admin_lists_no_answer_sets():
    assert AnswerSet not in get_snippet_models()
    assert not admin.site.is_registered(AnswerSet)
