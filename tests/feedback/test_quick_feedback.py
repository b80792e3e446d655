"""Quick feedback, Friends and Family Test style: anyone answers the two questions on a service's
page (or from a poster's short link) with no account; we keep only the service, the answer, the
words and the day. Each service's page publishes the last 12 months that have ended, with small
numbers withheld. Staff read and export the words in the admin."""

import datetime
import random
from collections import Counter

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from django.utils.formats import date_format

from feedback.models import Channel, QuickFeedback, Rating
from tests.limits import refused_keeping

pytestmark = pytest.mark.django_db

PAGE = "/feedback/services/minor-injuries-unit/"


def last_month(today=None):
    today = today or timezone.localdate()
    return (today.replace(day=1) - datetime.timedelta(days=1)).replace(day=1)


def answers(service, day, ratings):
    QuickFeedback.objects.bulk_create(QuickFeedback(service=service, rating=r, given_on=day) for r in ratings)


def table_rows(response):
    """{row heading: [cells]} of the month-by-month table."""
    soup = BeautifulSoup(response.content, "html.parser")
    table = soup.find("caption", string=lambda text: text and "month by month" in text).find_parent("table")
    return {
        row.th.get_text(strip=True): [cell.get_text(strip=True) for cell in row.find_all("td")]
        for row in table.find_all("tr")
        if row.find("td")
    }


def test_an_answer_is_stored_once_with_no_personal_data(client, service, member):
    client.force_login(member)  # even a logged-in member's answer is not linked to them
    response = client.post(
        PAGE,
        {"rating": "good", "comment": "Kind staff, but a long wait."},
        REMOTE_ADDR="203.0.113.9",
        HTTP_USER_AGENT="Firefox",
    )

    assert response.status_code == 302
    assert response["Location"] == "/feedback/services/minor-injuries-unit/thanks/"
    stored = QuickFeedback.objects.get()
    assert {field.name for field in QuickFeedback._meta.concrete_fields} == {
        "id", "service", "rating", "comment", "given_on", "channel",
    }  # fmt: skip
    assert (stored.service, stored.rating, stored.comment) == (service, "good", "Kind staff, but a long wait.")
    assert stored.given_on == timezone.localdate()
    assert stored.channel == Channel.ONLINE
    thanks = client.get(response["Location"]).content.decode()
    assert "Thank you for your feedback" in thanks


def test_a_visitor_gets_no_session(client, service):
    response = client.post(PAGE, {"rating": "very_good", "comment": ""})
    assert response.status_code == 302
    assert "sessionid" not in response.cookies
    assert QuickFeedback.objects.get().comment == ""


def test_the_posters_short_link_counts_as_a_poster(client, service):
    page = client.get("/feedback/s/minor-injuries-unit/").content.decode()
    assert "Overall, how was your experience of our service?" in page
    client.post("/feedback/s/minor-injuries-unit/", {"rating": "poor"})
    assert QuickFeedback.objects.get().channel == Channel.POSTER


def test_the_page_asks_both_questions_with_six_answers(client, service):
    soup = BeautifulSoup(client.get(PAGE).content, "html.parser")
    legend = soup.find("legend")
    assert "Overall, how was your experience of our service?" in legend.get_text()
    labels = [label.get_text(strip=True) for label in legend.find_parent("fieldset").find_all("label")]
    assert labels == [
        "Very good", "Good", "Neither good nor poor", "Poor", "Very poor", "Don't know",
    ]  # fmt: skip
    assert "What was good, or what could be better?" in soup.find("label", attrs={"for": "id_comment"}).get_text()


@pytest.mark.parametrize(
    "words",
    ["Ring me on 07700 900123", "My NHS number is 943 476 5919", "Write to sam@example.org"],
)
def test_words_that_say_who_wrote_them_are_turned_back_and_kept_on_the_page(client, service, words):
    response = client.post(PAGE, {"rating": "poor", "comment": words})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Please take out any NHS number, phone number or e-mail address" in page
    assert words.split()[-1] in page  # still in the box, to change
    assert not QuickFeedback.objects.exists()


def test_no_answer_chosen_is_a_polite_message(client, service):
    response = client.post(PAGE, {"comment": "Good"})
    assert "Choose how your experience was" in response.content.decode()
    assert not QuickFeedback.objects.exists()


def test_a_bot_is_thanked_and_nothing_is_kept(client, service):
    response = client.post(PAGE, {"rating": "good", "website": "http://spam.example"})
    assert response.status_code == 302
    assert not QuickFeedback.objects.exists()


def test_past_the_limit_nothing_is_kept_and_the_words_are_given_back(client, service, post_limit):
    post_limit("quick-feedback", "2/h")
    for _ in range(2):
        client.post(PAGE, {"rating": "good"})
    refused_keeping(client.post(PAGE, {"rating": "good", "comment": "The car park was full"}), "The car park was full")
    assert QuickFeedback.objects.count() == 2


def test_the_results_equal_counts_made_from_the_answers(client, service):
    """Last month's and the 12 months' figures, worked out here from the answers themselves."""
    chance = random.Random(4)
    month = last_month()
    given = chance.choices(list(Rating), weights=[30, 30, 15, 12, 8, 5], k=180)
    answers(service, month + datetime.timedelta(days=3), given)
    # Neither this month (not over yet) nor 13 months ago is published.
    answers(service, timezone.localdate(), [Rating.VERY_POOR] * 9)
    answers(service, month - datetime.timedelta(days=370), [Rating.VERY_POOR] * 9)

    counts = Counter(given)
    total = len(given)
    good = counts[Rating.VERY_GOOD] + counts[Rating.GOOD]
    poor = counts[Rating.POOR] + counts[Rating.VERY_POOR]
    assert min(good, poor, total - good - poor) >= 5  # so nothing is withheld
    expected = [str(total), f"{round(100 * good / total)}%", f"{round(100 * poor / total)}%"]

    response = client.get(PAGE)
    rows = table_rows(response)
    assert rows[date_format(month, "F Y")] == expected
    assert rows["The last 12 months"] == expected
    assert len(rows) == 13
    page = response.content.decode()
    assert f"In the last 12 months, {expected[1]} of people who answered said their experience was good" in page


def test_small_numbers_are_withheld_and_cannot_be_worked_out(client, service):
    month = last_month()
    earlier = (month - datetime.timedelta(days=1)).replace(day=1)
    # Last month: 3 answers. The month before: 16 good, 2 poor, 2 neither.
    answers(service, month, [Rating.VERY_GOOD, Rating.POOR, Rating.DONT_KNOW])
    answers(service, earlier, [Rating.GOOD] * 16 + [Rating.POOR] * 2 + [Rating.NEITHER] * 2)

    rows = table_rows(client.get(PAGE))

    assert rows[date_format(month, "F Y")] == ["fewer than 5", "not shown", "not shown"]
    # 2 poor is too few; showing good would give away the 2 others, which are too few too.
    assert rows[date_format(earlier, "F Y")] == ["20", "80%", "not shown"]
    # Taking the other months from the year's figures would give last month's away.
    assert rows["The last 12 months"] == ["more than 20", "not shown", "not shown"]


def test_a_service_nobody_answered_about_says_so(client, service):
    page = client.get(PAGE).content.decode()
    assert "Nobody answered in the last 12 months." in page


def test_the_feedback_page_lists_every_service(client, service):
    page = client.get("/feedback/").content.decode()
    assert f'href="{PAGE}"' in page
    assert 'href="/feedback/suggest/"' in page


def test_staff_read_and_export_the_words(client, service, engagement_lead):
    answers(service, timezone.localdate(), [Rating.POOR])
    QuickFeedback.objects.update(comment="The signs to X-ray were hard to follow")
    client.force_login(engagement_lead)

    listing = client.get("/admin/feedback/quick-feedback/")
    assert "The signs to X-ray were hard to follow" in listing.content.decode()
    export = client.get("/admin/feedback/quick-feedback/?export=csv")
    assert export["Content-Type"].startswith("text/csv")
    body = b"".join(export.streaming_content).decode() if export.streaming else export.content.decode()
    assert "The signs to X-ray were hard to follow" in body
    assert "Minor injuries unit" in body


def test_other_staff_cannot_read_the_words(client, service, moderator):
    client.force_login(moderator)
    assert client.get("/admin/feedback/quick-feedback/").status_code in (302, 403)
