"""The README's "Try it": after loading the demo, a person joins the People Bank, confirms, and
is invited when a publisher opens the coming-soon GP booking consultation. Loading the demo
itself invites nobody."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from consultations.models import ConsultationPage
from people_bank.models import Invitation
from taxonomy.models import Place, Topic

from .conftest import join_form, last_email_to, link_in

pytestmark = pytest.mark.django_db


def test_loading_the_demo_invites_nobody_and_opening_the_gp_consultation_invites_who_matches(
    client, django_capture_on_commit_callbacks, monkeypatch
):
    for name in ("DEMO_ADMIN_EMAIL", "DEMO_ADMIN_PASSWORD", "DEMO_STAFF_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo_content", not_production=True)
        call_command("announce_due")
    assert mail.outbox == []
    assert not Invitation.objects.exists()

    form = join_form(
        email="tester@example.org",
        place=str(Place.objects.get(slug="oakhythe-vale").pk),
        topics=[str(Topic.objects.get(slug="gp-appointments").pk)],
        ways=["surveys"],
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("people_bank:join"), form)
    client.post(link_in(last_email_to("tester@example.org")))

    gp = ConsultationPage.objects.get(slug="gp-appointments-phone-and-online")
    gp.opens_at = timezone.now() - datetime.timedelta(minutes=5)
    with django_capture_on_commit_callbacks(execute=True):
        gp.save_revision().publish()

    invited = sorted(address for message in mail.outbox if gp.full_url in message.body for address in message.to)
    # Tom asked about GP appointments and surveys; the consultation is for the whole area.
    assert invited == ["tester@example.org", "tom.bank@example.org"]
    assert last_email_to("tester@example.org").subject.startswith("Have your say: One phone line")
