"""The demo's equality answers and population figures give the reach report a story to tell."""

import pytest
from django.core.management import call_command

from demo.content.equality import POPULATION
from equality.models import AnswerSet, LocalPopulation, Occasion
from equality.reach import build_reach_report

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(monkeypatch, home_page):
    for name in ("DEMO_ADMIN_EMAIL", "DEMO_ADMIN_PASSWORD", "DEMO_STAFF_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    call_command("load_demo_content", not_production=True)


def test_a_few_hundred_forms_and_the_areas_population(demo):
    assert 250 <= AnswerSet.objects.count() <= 600
    assert LocalPopulation.load().shares.count() == sum(len(groups) for groups in POPULATION.values())
    kinds = set(Occasion.objects.filter(answer_sets__isnull=False).values_list("kind", flat=True))
    assert kinds == {"consultation", "sign_up"}

    call_command("load_demo_content", not_production=True)
    assert 250 <= AnswerSet.objects.count() <= 600  # the same forms, not twice as many
    assert AnswerSet.objects.count() == len(set(AnswerSet.objects.values_list("pk", flat=True)))


def test_the_report_shows_whom_the_demo_engagement_misses(demo):
    report = build_reach_report()
    flagged = {(str(topic), row.label) for topic, row in report.under_represented}
    assert {("Age", "Under 18"), ("Age", "18 to 24"), ("Sex", "Male"), ("Ethnic group", "Pakistani")} <= flagged
    assert ("Ethnic group", "English, Welsh, Scottish, Northern Irish or British") not in flagged

    diabetes = Occasion.objects.get(page__slug="diabetes-clinics-in-your-language")
    asian = next(
        row for table in build_reach_report(diabetes).tables for row in table.rows if row.key == "ethnicity:asian"
    )
    assert asian.reach == "reached"  # run with community groups in Wendlebridge
