"""The insight dashboard (/insight/) and its open data: every figure equals a count made here
from what was stored, the CSV and JSON give the same figures as the page, small counts of
people are withheld everywhere, and no personal data is ever in them."""

import csv
import datetime
import io
import json

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from django.utils.formats import date_format

from consultations.models import Channel, ConsultationResponse
from consultations.recording import record_response
from demo.factories.consultations import ConsultationIndexPageFactory, ConsultationPageFactory
from demo.factories.forum import established_member, start_thread
from demo.factories.stories import StoryFactory, StoryResponseFactory
from feedback.models import QuickFeedback, Rating
from forum import posting
from forum.models import Post, Status
from moderation.models import Status as StoryStatus
from people_bank.models import Entry
from stories.models import Change, Story
from taxonomy.models import Topic
from tests.outcomes.test_outcomes import make_outcome

pytestmark = pytest.mark.django_db

TABLES = [
    "participation-by-month",
    "channels",
    "feedback-by-service",
    "stories",
    "actions-by-status",
    "people-bank-by-topic",
]


def last_month():
    return (timezone.localdate().replace(day=1) - datetime.timedelta(days=1)).replace(day=1)


@pytest.fixture
def a_month_of_taking_part(home_page, service, forum_page, category):
    """Last month: 9 responses (7 online, 2 on paper), 6 published forum posts and one held,
    6 published patient stories and one held, 12 quick-feedback answers; and this month, which
    is not published yet, one of each."""
    consultation = ConsultationPageFactory(parent=ConsultationIndexPageFactory(parent=home_page))
    for channel in [Channel.ONLINE] * 7 + [Channel.PAPER] * 2:
        record_response(consultation, {"your_views": "Keep it open."}, channel=channel)
    member = established_member(display_name="Bea", email="bea@example.org")
    opening = start_thread(member, category=category, title="Parking", text="Where do I park?")
    for words in ["Try the multi-storey.", "Park and ride.", "Walk.", "Bus 4.", "Ask at reception."]:
        posting.reply(author=member, parent=opening, text=words)
    posting.reply(author=member, parent=opening, text="Ring me on 07700 900123")  # held: not published
    QuickFeedback.objects.bulk_create(
        QuickFeedback(service=service, rating=Rating.GOOD, given_on=last_month()) for _ in range(12)
    )
    middle = timezone.make_aware(
        datetime.datetime.combine(last_month() + datetime.timedelta(days=14), datetime.time(12))
    )
    StoryFactory.create_batch(6, service=service, told_at=middle)
    StoryFactory(service=service, told_at=middle, status=StoryStatus.HELD)
    ConsultationResponse.objects.update(submit_time=middle)
    Post.objects.update(submit_date=middle)
    record_response(consultation, {"your_views": "This month."})
    StoryFactory(service=service)
    QuickFeedback.objects.create(service=service, rating=Rating.POOR)
    return consultation


def page_tables(client):
    """{table title: {row label: [cells]}} as the page shows them."""
    soup = BeautifulSoup(client.get("/insight/").content, "html.parser")
    tables = {}
    for table in soup.find_all("table"):
        rows = {
            row.th.get_text(strip=True): [cell.get_text(strip=True) for cell in row.find_all("td")]
            for row in table.find_all("tr")
            if row.find("td")
        }
        tables[table.caption.get_text(strip=True)] = rows
    return tables


def test_the_figures_equal_counts_made_from_the_database(client, a_month_of_taking_part, service):
    month = date_format(last_month(), "F Y")
    # The six here and the member's two introductions, all moved to last month; not the held one.
    published_posts = Post.objects.filter(status=Status.PUBLISHED, deleted_at=None).count()
    assert published_posts == 8 and Post.objects.count() == 9
    responses = ConsultationResponse.objects.filter(submit_time__date__lt=timezone.localdate().replace(day=1)).count()
    assert responses == 9
    stories = Story.objects.published().filter(told_at__date__lt=timezone.localdate().replace(day=1)).count()
    assert stories == 6

    tables = page_tables(client)

    assert tables["Responses, forum posts, patient stories and quick feedback, month by month"][month] == [
        str(responses),
        str(published_posts),
        str(stories),
        "12",
    ]
    channels = tables["How people reached us in the last 12 months"]
    assert channels["Online"] == ["7", "-"]
    assert channels["Paper"] == ["fewer than 5", "-"]  # 2 is too few to show
    assert channels["Website"] == ["-", "12"]
    assert tables["Quick feedback on each service in the last 12 months"]["Minor injuries unit"] == ["12", "100%", "0%"]


def test_actions_and_the_people_bank_are_counted(client, home_page, service):
    consultation = ConsultationPageFactory(parent=ConsultationIndexPageFactory(parent=home_page))
    make_outcome(consultation).save_revision().publish()
    maternity = Topic.objects.create(name="Maternity", slug="maternity")
    now = timezone.now()
    for number in range(7):
        entry = Entry.objects.create(
            name=f"Person {number}",
            email=f"person{number}@example.org",
            consented_at=now,
            consent_version="1",
            confirmed_at=now if number < 6 else None,  # one never confirmed: not counted
        )
        entry.topics.add(maternity)

    tables = page_tables(client)

    actions = tables["What we did about what people told us"]
    # make_outcome's themes: two done, one in progress, one not possible.
    assert actions == {"Done": ["2"], "In progress": ["1"], "Planned": ["0"], "Not possible": ["1"]}
    people = tables["People in our People Bank, by what they want to help with"]
    assert people["Maternity"] == ["6"]
    assert people["Minor injuries"] == ["0"]


STORIES = "Patient stories and what changed, since we began"


def test_stories_and_what_changed_equal_counts_made_from_the_database(client, service):
    StoryResponseFactory.create_batch(6, story__service=service, change=Change.MADE)
    StoryResponseFactory.create_batch(5, story__service=service, change=Change.PLANNED)
    StoryResponseFactory.create_batch(5, story__service=service)  # answered, no change
    StoryFactory.create_batch(6, service=service)  # not answered yet
    StoryFactory(service=service, status=StoryStatus.HELD)  # not published: not counted
    StoryFactory(service=service, confirmed_at=None)  # never confirmed: not counted
    published = Story.objects.filter(status=StoryStatus.PUBLISHED).exclude(confirmed_at=None)
    made = published.filter(response__change=Change.MADE).count()
    assert (published.count(), made) == (22, 6)

    table = page_tables(client)[STORIES]

    assert table == {
        "Published": [str(published.count()), "-"],
        "Answered by the service": [str(published.exclude(response=None).count()), "-"],
        "Change planned": [str(published.filter(response__change=Change.PLANNED).count()), "-"],
        "Change made": [str(made), f"{round(100 * made / published.count())}%"],
    }
    # The same figure as the stories page says.
    assert "Of 22 published stories, 6 led to a change (27%)." in client.get("/feedback/stories/").content.decode()
    # In the open data a share that does not apply ("-" on the page) is left out, not a nought.
    records = json.loads(client.get("/insight/data.json").content)["tables"]["stories"]["records"]
    shares = [record for record in records if record["series"] == "Share of published stories that led to a change"]
    assert [(record["label"], record["figure"]) for record in shares] == [("Change made", 27)]


def test_small_counts_of_stories_and_changes_are_withheld(client, service):
    StoryResponseFactory.create_batch(2, story__service=service, change=Change.MADE)
    StoryFactory.create_batch(8, service=service)

    table = page_tables(client)[STORIES]

    assert table["Published"] == ["10", "-"]
    assert table["Change planned"] == ["0", "-"]
    assert table["Change made"] == ["fewer than 5", "not shown"]
    # 10 published less 8 unanswered would give the 2 away: both sides of that sum are hidden.
    assert table["Answered by the service"] == ["fewer than 5", "-"]
    assert "2" not in "".join(cell for cells in table.values() for cell in cells)


def test_csv_and_json_give_what_the_page_shows(client, a_month_of_taking_part):
    shown = page_tables(client)
    data = json.loads(client.get("/insight/data.json").content)
    assert "Open Government Licence" in data["licence"]

    for slug in TABLES:
        table = data["tables"][slug]
        response = client.get(f"/insight/{slug}.csv")
        assert response["Content-Type"].startswith("text/csv")
        rows = list(csv.DictReader(io.StringIO(response.content.decode())))
        assert [{**row, "figure": row["figure"] or None} for row in rows] == [
            {**record, "figure": None if record["figure"] is None else str(record["figure"])}
            for record in table["records"]
        ]
        on_page = shown[table["title"]]
        series = list(dict.fromkeys(record["series"] for record in table["records"]))
        for record in table["records"]:
            assert on_page[record["label"]][series.index(record["series"])] == record["shown"]
            if record["shown"] == "fewer than 5":
                assert record["figure"] is None


def test_no_personal_data_is_in_the_open_data(client, a_month_of_taking_part):
    text = client.get("/insight/data.json").content.decode()
    text += "".join(client.get(f"/insight/{slug}.csv").content.decode() for slug in TABLES)
    assert "@" not in text
    assert "Bea" not in text and "07700" not in text and "Keep it open" not in text


def test_an_unknown_table_is_not_found(client, home_page):
    assert client.get("/insight/nothing-here.csv").status_code == 404
