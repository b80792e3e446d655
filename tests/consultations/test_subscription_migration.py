"""Requests to hear when a consultation opens and what was decided were two tables; migration
0006 makes them one. Nobody who asked us to write to them may be forgotten on the way."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from consultations.models import ConsultationSubscription, SubscriptionPurpose
from consultations.recording import record_response

BEFORE = [("consultations", "0005_event_booking_help")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_every_request_to_hear_from_us_is_kept(open_consultation, coming_soon):
    response, _created = record_response(open_consultation, {})
    old = migrate(BEFORE)
    try:
        outcome = old.get_model("consultations", "OutcomeSubscription")
        opening = old.get_model("consultations", "OpeningReminder")
        outcome.objects.create(consultation_id=open_consultation.pk, email="sam@example.org", response_id=response.pk)
        outcome.objects.create(consultation_id=coming_soon.pk, email="kim@example.org")
        opening.objects.create(consultation_id=coming_soon.pk, email="kim@example.org")
        dates = {row.email: row.created_at for row in outcome.objects.all()}
    finally:
        migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

    kept = ConsultationSubscription.objects.order_by("purpose", "email")
    assert [(row.consultation_id, row.purpose, row.email, row.response_id) for row in kept] == [
        (coming_soon.pk, SubscriptionPurpose.OPENING, "kim@example.org", None),
        (coming_soon.pk, SubscriptionPurpose.OUTCOME, "kim@example.org", None),
        (open_consultation.pk, SubscriptionPurpose.OUTCOME, "sam@example.org", response.pk),
    ]
    assert kept.outcome().get(email="sam@example.org").created_at == dates["sam@example.org"]
    assert response.__class__.objects.get(pk=response.pk).get_data()["outcome_email"] == "sam@example.org"
