"""Reports > Deleted accounts: engagement leads (and superusers) read the log of erased
accounts, which names nobody; other staff do not see it, and nobody can change it."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group

from demo.factories.people import UserFactory
from people.models import ErasureRecord

pytestmark = pytest.mark.django_db

URL = "/admin/reports/deleted-accounts/"


def member_of(group):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=group))
    return user


def table_rows(response):
    html = BeautifulSoup(response.content, "html.parser")
    return [[cell.get_text(" ", strip=True) for cell in row.find_all("td")] for row in html.select("tbody tr")]


@pytest.fixture
def erasures(home_page):
    ErasureRecord.objects.create(reason=ErasureRecord.Reason.REQUEST, posts=ErasureRecord.Posts.KEPT)
    ErasureRecord.objects.create(reason=ErasureRecord.Reason.INACTIVE, posts=ErasureRecord.Posts.REMOVED)


def test_an_engagement_lead_reads_why_and_what_happened_to_the_posts(client, erasures):
    client.force_login(member_of("Engagement leads"))

    rows = table_rows(client.get(URL))

    assert [row[1:] for row in rows] == [
        ["Nobody had logged in to it for the time the privacy notice gives", "Deleted"],
        ["The member deleted their account", "Kept, shown as by a former member"],
    ]
    assert "Deleted accounts" in client.get("/admin/").content.decode()
    only_requests = table_rows(client.get(URL, {"reason": "request"}))
    assert [row[1] for row in only_requests] == ["The member deleted their account"]


def test_a_superuser_reads_it_and_nobody_can_change_it(client, erasures):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    assert client.get(URL).status_code == 200
    record = ErasureRecord.objects.first()
    for address in ("add/", f"edit/{record.pk}/", f"delete/{record.pk}/"):
        assert client.get(URL + address).status_code == 404
    assert client.post(URL, {"reason": "request"}).status_code in (200, 405)
    assert ErasureRecord.objects.count() == 2


@pytest.mark.parametrize("group", ["Editors", "Publishers", "Moderators"])
def test_other_staff_cannot_see_it(client, erasures, group):
    client.force_login(member_of(group))
    assert client.get(URL).status_code in (302, 403)
    assert "Deleted accounts" not in client.get("/admin/").content.decode()
