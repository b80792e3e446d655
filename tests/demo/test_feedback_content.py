"""The demo's feedback: the 8 services with a year of quick feedback whose pages show both full
figures and withheld ones, suggestions at every status, and the involvement check's result in
the engagement report. Loading it again adds nothing and e-mails nobody."""

import pytest
from django.core import mail
from django.core.management import call_command

from demo.content.feedback import build_feedback
from engagement_report.models import EngagementReportPage
from feedback.models import InvolvementAnswer, QuickFeedback, Suggestion, SuggestionStatus
from notifications.models import Notification
from taxonomy.models import Service

pytestmark = pytest.mark.django_db


def test_the_demo_feedback_tells_its_story(client, demo):
    services = list(Service.objects.all())
    assert len(services) == 8
    pages = {service.slug: client.get(f"/feedback/services/{service.slug}/").content.decode() for service in services}
    assert "of people who answered said their experience was good" in pages["gp-appointments"]
    assert "fewer than 5" in pages["patient-transport"]
    assert "not shown" in pages["young-minds-support"]
    assert set(Suggestion.objects.values_list("status", flat=True)) == set(SuggestionStatus.values)
    assert all(suggestion.changes.exists() for suggestion in Suggestion.objects.all())
    report = EngagementReportPage.objects.live().first()
    html = client.get(report.url).content.decode()
    assert "How satisfied people were with how we involved them" in html
    assert "people were very or fairly satisfied" in html

    counts = (QuickFeedback.objects.count(), Suggestion.objects.count(), InvolvementAnswer.objects.count())
    assert 500 < counts[0] < 2000
    assert "(0 made up this time)" in build_feedback()[0]
    call_command("load_demo_content", not_production=True)
    assert (QuickFeedback.objects.count(), Suggestion.objects.count(), InvolvementAnswer.objects.count()) == counts
    assert mail.outbox == []
    assert not Notification.objects.exists()
