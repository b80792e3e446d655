"""The equality questions and the reach report in Chromium, with axe on every page: offered
after a consultation answer and after signing up, answered by keyboard, refused without the tick
to agree, sent once; and the report as an engagement lead sees it."""

import datetime
import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from demo.factories.consultations import (
    ConsultationIndexPageFactory,
    ConsultationPageFactory,
    ConsultationQuestionFactory,
)
from demo.factories.equality import OccasionFactory, answer_sets
from demo.factories.people import MemberFactory
from equality.models import AnswerSet, LocalPopulation, OccasionKind, PopulationShare

from .accounts import PASSWORD, log_in

SHOTS = Path("/tmp/shots")  # noqa: S108 - screenshots for a person to look at, not secrets
SHOTS.mkdir(exist_ok=True)


@pytest.fixture
def birth_centre(home_page):
    finder = ConsultationIndexPageFactory(parent=home_page)
    page = ConsultationPageFactory(parent=finder, title="Moving the birth centre", slug="birth-centre")
    ConsultationQuestionFactory(page=page, label="What do you think?", field_type="multiline", required=True)
    return page


def tab_to(page, target, most=120):
    for _press in range(most):
        page.keyboard.press("Tab")
        if target.evaluate("element => element === document.activeElement"):
            return
    pytest.fail(f"{target} never took focus after {most} presses of Tab")


def question(page, name):
    """A question's group of radios, found by its legend, as a screen reader announces it."""
    return page.get_by_role("group", name=name, exact=True)


def test_answering_the_questions_by_keyboard_after_a_consultation(
    page, live_server, birth_centre, assert_no_axe_violations
):
    page.goto(birth_centre.url)
    page.get_by_label("What do you think?").fill("Keep it near the labour ward.")
    page.get_by_role("button", name="Send my answers").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you, we have your answers")
    expect(page.get_by_role("heading", name="Help us hear from everyone")).to_be_visible()
    assert_no_axe_violations(page)

    offer = page.get_by_role("link", name="Answer 8 short questions about you")
    tab_to(page, offer)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Questions about you")
    assert_no_axe_violations(page)
    link = page.url

    # Without the tick to agree, nothing is kept; the summary says why and links to the box.
    tab_to(page, question(page, "How old are you?").get_by_label("Under 18"))
    page.keyboard.press("ArrowDown")  # arrows move through a question's answers
    expect(question(page, "How old are you?").get_by_label("18 to 24")).to_be_checked()
    tab_to(page, page.get_by_role("button", name="Send my answers"))
    page.keyboard.press("Enter")
    expect(page).to_have_title(re.compile("^Error: Questions about you"))
    summary = page.locator(".nhsuk-error-summary")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("Tick the box to say you agree")
    assert_no_axe_violations(page)
    assert not AnswerSet.objects.exists()

    # The broad ethnic groups are groups of their own inside the question.
    pakistani = question(page, "Asian, Asian British or Asian Welsh").get_by_label("Pakistani")
    tab_to(page, question(page, "What is your ethnic group?").get_by_label("Bangladeshi"))
    for _press in range(3):
        page.keyboard.press("ArrowDown")
    expect(pakistani).to_be_checked()
    question(page, "What is your religion?").get_by_label("Prefer not to say").check()
    consent = page.get_by_label(re.compile("^I agree that you can keep these answers"))
    tab_to(page, consent)
    page.keyboard.press("Space")
    expect(consent).to_be_checked()
    page.screenshot(path=SHOTS / "equality-form.png", full_page=True)
    tab_to(page, page.get_by_role("button", name="Send my answers"), most=5)
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for telling us about yourself")
    assert_no_axe_violations(page)
    stored = AnswerSet.objects.get()
    assert (stored.age_band, stored.ethnicity, stored.religion, stored.sex) == (
        "18_24",
        "asian_pakistani",
        "prefer_not_to_say",
        "",
    )

    page.goto(link)
    expect(page.get_by_role("heading", level=1)).to_have_text("This link has been used")
    assert_no_axe_violations(page)


def test_the_questions_work_without_javascript(new_page, live_server, birth_centre):
    page = new_page(java_script_enabled=False)
    page.goto(birth_centre.url)
    page.get_by_label("What do you think?").fill("Keep it near the labour ward.")
    page.get_by_role("button", name="Send my answers").click()
    page.get_by_role("link", name="Answer 8 short questions about you").click()
    question(page, "What is your sex?").get_by_label("Male", exact=True).check()
    page.get_by_label(re.compile("^I agree that you can keep these answers")).check()
    page.get_by_role("button", name="Send my answers").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for telling us about yourself")
    assert AnswerSet.objects.get().sex == "male"


def test_a_new_member_is_offered_the_questions_on_their_account_page(
    page, live_server, home_page, assert_no_axe_violations
):
    page.goto("/accounts/signup/")
    page.get_by_label("E-mail address").fill("robin@example.org")
    page.get_by_label("Display name").fill("Robin")
    page.get_by_label("Create a password").fill(PASSWORD)
    page.get_by_label("Type your password again").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    (confirmation,) = [message for message in mail.outbox if message.to == ["robin@example.org"]]
    page.goto(re.search(r"https?://\S+", confirmation.body).group())
    page.get_by_role("button", name="Confirm my e-mail address").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your account")
    expect(page.get_by_role("heading", name="Help us hear from everyone")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Answer 8 short questions about you").click()
    question(page, "Do you look after someone?").get_by_label("Yes").check()
    page.get_by_label(re.compile("^I agree that you can keep these answers")).check()
    page.get_by_role("button", name="Send my answers").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for telling us about yourself")
    assert AnswerSet.objects.get().occasion.kind == OccasionKind.SIGN_UP


def test_an_engagement_lead_reads_the_reach_report(
    page, live_server, staff_roles, birth_centre, assert_no_axe_violations
):
    local = LocalPopulation.load()
    for group, percent in [("age_band:under_18", 21), ("age_band:65_74", 11), ("ethnicity:asian", 9.6)]:
        PopulationShare.objects.create(population=local, group=group, percent=percent)
    occasion = OccasionFactory(kind=OccasionKind.CONSULTATION, page=birth_centre, title=birth_centre.title)
    month = timezone.localdate().replace(day=1) - datetime.timedelta(days=40)
    answer_sets(2, occasion=occasion, month=month.replace(day=1), age_band="under_18", ethnicity="asian_indian")
    answer_sets(60, occasion=occasion, month=month.replace(day=1), age_band="65_74", ethnicity="white_british")
    answer_sets(30, occasion=occasion, month=month.replace(day=1), age_band="45_54", ethnicity="white_other")
    lead = MemberFactory(email="lead@example.org", display_name="Lee")
    lead.groups.add(Group.objects.get(name="Engagement leads"))

    log_in(page, lead)
    page.goto("/admin/")
    page.get_by_role("button", name="Reports").click()
    page.get_by_role("link", name="Reach report").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Reach report")
    ages = page.get_by_role("table", name="Age")
    expect(ages.get_by_role("row", name=re.compile("^Under 18 fewer than 5"))).to_contain_text("Under-represented")
    expect(page.get_by_role("heading", name="Groups we under-represent")).to_be_visible()
    page.screenshot(path=SHOTS / "reach-report.png", full_page=True)
    assert_no_axe_violations(page)

    page.get_by_label("Who took part").select_option(label="After answering “Moving the birth centre”")
    page.get_by_role("button", name="Show").click()
    expect(page.get_by_role("heading", name=re.compile("^After answering “Moving the birth centre”"))).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("link", name="Download CSV").click()
    assert download.value.suggested_filename.startswith("reach-report-after-answering-moving-the-birth-centre")
    assert "fewer than 5" in Path(download.value.path()).read_text()
