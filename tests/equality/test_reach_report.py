"""The reach report: engagement leads only, counts with small numbers hidden, groups we
under-represent marked in words, and the same figures in the CSV download."""

import csv
import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from demo.factories.equality import OccasionFactory, answer_sets
from demo.factories.people import MemberFactory
from equality.models import LocalPopulation, OccasionKind, PopulationShare
from equality.reach import build_reach_report

from .conftest import staff

pytestmark = pytest.mark.django_db
REPORT = reverse("equality_reach_report")


def population(**shares):
    """The local population, with each share given as question__answer=percent."""
    local = LocalPopulation.load()
    local.area, local.source = "Kellsmoor and Wendlebridge", "Census 2021 (made up for the tests)"
    local.save()
    for key, percent in shares.items():
        PopulationShare.objects.create(population=local, group=key.replace("__", ":"), percent=percent)
    return local


def rows(html, caption):
    """The report table with this caption, as {group: [people, share, population, reach]}."""
    table = next(t for t in html.find_all("table") if t.caption.get_text(strip=True) == caption)
    return {
        row.th.get_text(strip=True): [cell.get_text(" ", strip=True) for cell in row.find_all("td")]
        for row in table.tbody.find_all("tr")
    }


@pytest.fixture
def forms_returned(db):
    """100 forms after signing up: 3 people under 18 (hidden), 12 aged 65 to 74, 85 aged 35 to 44."""
    sign_up = OccasionFactory(kind=OccasionKind.SIGN_UP)
    answer_sets(3, occasion=sign_up, age_band="under_18", carer="yes")
    answer_sets(12, occasion=sign_up, age_band="65_74", carer="no")
    answer_sets(85, occasion=sign_up, age_band="35_44", carer="no")
    return sign_up


def test_only_engagement_leads_see_the_report(client, lead, forms_returned):
    client.force_login(lead)
    assert client.get(REPORT).status_code == 200
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Reach report" in menu and "Local population" in menu

    for group in ("Editors", "Publishers", "Moderators"):
        client.force_login(staff(group))
        refused = client.get(REPORT)
        assert refused.status_code == 302 and refused["Location"] == reverse("wagtailadmin_home"), group
        assert client.get(f"{REPORT}?export=csv")["Content-Type"] != "text/csv; charset=utf-8"
        menu = client.get(reverse("wagtailadmin_home")).content.decode()
        assert "Reach report" not in menu and "Local population" not in menu

    client.force_login(MemberFactory())
    assert client.get(REPORT).status_code in (302, 403)
    client.logout()
    assert client.get(REPORT)["Location"].startswith("/admin/login/")


def test_small_counts_are_hidden_and_under_represented_groups_are_marked(client, lead, forms_returned):
    population(age_band__under_18=20, age_band__65_74=10, age_band__35_44=12, carer__yes=1)
    client.force_login(lead)
    html = BeautifulSoup(client.get(REPORT).content, "html.parser")

    ages = rows(html, "Age")
    # 3 people: "fewer than 5"; even 4 of 100 would be under 80% of 20%, so it is marked.
    assert ages["Under 18"] == ["fewer than 5", "not shown", "20.0%", "Under-represented"]
    # The smallest other count is hidden with it, so 100 - 85 - 12 cannot give it away.
    assert ages["65 to 74"] == ["not shown", "not shown", "10.0%", "Too few to tell"]
    assert ages["35 to 44"] == ["85", "85.0%", "12.0%", "Reached"]
    assert ages["Prefer not to say, or left out"][0] == "0"
    assert "Age: Under 18" in html.get_text(" ", strip=True)
    # Carers: 3 and 97, so both hidden. Even 1 in 100 would be more than 80% of 1%: reached.
    carers = rows(html, "Carer")
    assert carers["Yes"] == ["fewer than 5", "not shown", "1.0%", "Reached"]
    assert carers["No"] == ["not shown", "not shown", "", ""]  # no population figure, no verdict

    under_18_row = html.find("th", string="Under 18").parent
    assert "3" not in under_18_row.get_text(" ", strip=True).split()


def test_the_csv_has_the_same_protected_figures(client, lead, forms_returned):
    population(age_band__under_18=20)
    client.force_login(lead)
    response = client.get(f"{REPORT}?export=csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="reach-report-')
    lines = list(csv.reader(io.StringIO(response.content.decode())))
    assert lines[0][:3] == ["Question", "Group", "People"]
    assert lines[1][2] == "100"
    by_group = {(line[0], line[1]): line[2:] for line in lines[2:]}
    assert by_group[("Age", "Under 18")] == ["fewer than 5", "", "20.0", "Under-represented"]
    assert by_group[("Age", "65 to 74")][0] == "not shown"
    assert by_group[("Age", "35 to 44")][:2] == ["85", "85.0"]
    assert not any(cell == "3" for line in lines for cell in line)


def test_too_few_forms_show_nothing_about_them(client, lead):
    answer_sets(4, occasion=OccasionFactory(), age_band="18_24")
    client.force_login(lead)
    page = client.get(REPORT).content.decode()
    assert "fewer than 5 people filled in the form" in page
    assert "reach-table" not in page
    lines = list(csv.reader(io.StringIO(client.get(f"{REPORT}?export=csv").content.decode())))
    assert len(lines) == 2


def test_all_occasions_together_hide_what_one_of_them_hides_alone(consultation):
    """Carers after a consultation: 3 (hidden there); after signing up: 20. Together, 23 would be
    shown, and 23 less the sign-ups' 20 would give the consultation's 3 away."""
    after_answering = OccasionFactory(kind=OccasionKind.CONSULTATION, page=consultation)
    sign_up = OccasionFactory(kind=OccasionKind.SIGN_UP)
    answer_sets(3, occasion=after_answering, carer="yes")
    answer_sets(30, occasion=after_answering, carer="no")
    answer_sets(20, occasion=sign_up, carer="yes")
    answer_sets(25, occasion=sign_up, carer="no")

    def carers(report):
        return {row.label: row for row in next(t for t in report.tables if t.question.name == "carer").rows}

    alone = carers(build_reach_report(after_answering))
    assert alone["Yes"].shown == "fewer than 5" and alone["No"].shown == "not shown"
    # So the sign-ups' table hides its carers too, and the overall table can show its 23.
    signing_up = carers(build_reach_report(sign_up))
    assert signing_up["Yes"].shown == "not shown"
    assert signing_up["No"].shown == "not shown"
    together = carers(build_reach_report())
    assert together["Yes"].shown == "23"


def test_an_occasion_with_too_few_forms_is_counted_with_another(consultation):
    """Alone, 3 forms show nothing; but everyone's table less the sign-ups' would show all three."""
    after_answering = OccasionFactory(kind=OccasionKind.CONSULTATION, page=consultation, title=consultation.title)
    sign_up = OccasionFactory(kind=OccasionKind.SIGN_UP)
    answer_sets(3, occasion=after_answering, carer="yes")
    answer_sets(40, occasion=sign_up, carer="no")

    report = build_reach_report(after_answering)
    assert report.total == 43
    assert report.counted_with == [sign_up]
    assert build_reach_report(sign_up).total == 43


def test_choosing_a_year_and_an_occasion(client, lead, consultation):
    after_answering = OccasionFactory(kind=OccasionKind.CONSULTATION, page=consultation, title=consultation.title)
    answer_sets(6, occasion=after_answering, month=datetime.date(2025, 3, 1), sex="female")
    answer_sets(7, occasion=after_answering, month=datetime.date(2025, 4, 1), sex="male")
    answer_sets(9, occasion=OccasionFactory(), month=datetime.date(2025, 5, 1), sex="male")
    client.force_login(lead)

    page = client.get(REPORT, {"occasion": after_answering.pk, "year": 2025})
    html = BeautifulSoup(page.content, "html.parser")
    assert "After answering “Moving the birth centre”, April 2025 to March 2026" in html.get_text(" ", strip=True)
    assert "7 people filled in the form" in html.get_text(" ", strip=True)
    assert rows(html, "Sex")["Male"][0] == "7"
    assert "22 people filled in the form" in client.get(REPORT).content.decode()
    # Made-up choices show everything, rather than an error.
    assert "22 people filled in the form" in client.get(REPORT, {"occasion": "x", "year": "-1"}).content.decode()


def test_editors_of_the_population_cannot_give_a_group_twice_or_more_than_everyone(client, lead):
    client.force_login(lead)
    url = reverse("wagtailsettings:edit", args=["equality", "localpopulation", LocalPopulation.load().pk])

    def save(*shares):
        data = nested_form_data(
            {
                "area": "Kellsmoor and Wendlebridge",
                "source": "Census 2021",
                "under_represented_below": "80",
                "shares": inline_formset([{"group": group, "percent": percent} for group, percent in shares]),
            }
        )
        return client.post(url, data)

    twice = save(("age_band:under_18", "20"), ("age_band:under_18", "21"))
    assert twice.status_code == 200
    assert "Please correct the duplicate" in twice.content.decode()
    too_many = save(("sex:female", "60"), ("sex:male", "50"))
    assert "The shares for “Sex” add up to 110%" in too_many.content.decode()
    assert not PopulationShare.objects.exists()

    saved = save(
        ("sex:female", "51"), ("sex:male", "49"), ("ethnicity:asian", "9.5"), ("ethnicity:asian_pakistani", "4.5")
    )
    assert saved.status_code == 302
    assert dict(PopulationShare.objects.values_list("group", "percent")) == {
        "sex:female": 51,
        "sex:male": 49,
        "ethnicity:asian": 9.5,
        "ethnicity:asian_pakistani": 4.5,
    }
