"""Staff and members log in on the one log-in page: /admin/login/ (and Wagtail's log-in form for
private pages, /_util/login/) has the same limits and lock-out, wrong passwords leave a record,
and members get no way into the admin."""

import logging

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import PageViewRestriction

from demo.factories.home import ContentPageFactory
from demo.factories.people import MemberFactory

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-test-password"  # the factories'
ADMIN_LOGIN = "/admin/login/"


def editor():
    user = MemberFactory(email="eddie@nhs.example")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def where_admin_login_leads(client):
    response = client.get(ADMIN_LOGIN)
    assert response.status_code == 302
    return response.url


def test_the_admin_login_is_the_members_login_page(client):
    assert where_admin_login_leads(client) == f"{reverse('account_login')}?next=%2Fadmin%2F"


def test_posting_a_password_to_the_admin_login_logs_nobody_in(client):
    eddie = editor()

    response = client.post(ADMIN_LOGIN, {"username": eddie.email, "password": PASSWORD})

    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
    assert "_auth_user_id" not in client.session


def test_wagtails_log_in_form_for_private_pages_leads_to_the_one_log_in_page(client):
    """Wagtail serves a log-in form of its own at /_util/login/ for pages only members may see:
    it took 40 wrong passwords without a limit, and let a locked-out member in."""
    eddie = editor()

    response = client.get("/_util/login/?next=/members-only/")
    assert response.url == f"{reverse('account_login')}?next=/members-only/"

    response = client.post("/_util/login/", {"username": eddie.email, "password": PASSWORD})
    assert response.url == reverse("account_login")
    assert "_auth_user_id" not in client.session


def test_a_page_for_members_only_sends_people_to_the_one_log_in_page(client, home_page):
    page = ContentPageFactory(parent=home_page, title="Members only", slug="members-only")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    response = client.get(page.url)

    assert response.url == f"{reverse('account_login')}?next=/members-only/"


def test_guessing_passwords_through_the_admin_login_is_locked_out(client):
    eddie = editor()
    login_page = where_admin_login_leads(client)
    for _attempt in range(10):
        client.post(login_page, {"login": eddie.email, "password": "wrong-password"})

    response = client.post(login_page, {"login": eddie.email, "password": PASSWORD})

    assert response.status_code == 429
    assert "You have tried to log in too many times" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_locked_out_on_the_public_login_means_locked_out_of_the_admin_too(client):
    eddie = editor()
    for _attempt in range(5):
        client.post(reverse("account_login"), {"login": eddie.email, "password": "wrong-password"})

    response = client.post(where_admin_login_leads(client), {"login": eddie.email, "password": PASSWORD}, follow=True)

    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    assert client.get(reverse("wagtailadmin_home")).status_code == 302


def test_a_wrong_password_is_logged_without_the_address_or_password(client, caplog):
    eddie = editor()

    with caplog.at_level(logging.WARNING, logger="people.adapter"):
        client.post(reverse("account_login"), {"login": eddie.email, "password": "wrong-password"})

    (record,) = [r for r in caplog.records if r.name == "people.adapter"]
    assert record.levelno == logging.WARNING
    assert "Log-in failed" in record.getMessage()
    assert "nhs.example" in record.getMessage()
    assert "eddie@" not in record.getMessage() and "wrong-password" not in record.getMessage()


def test_staff_log_in_through_the_admin_address_and_reach_the_admin(client):
    eddie = editor()

    response = client.post(where_admin_login_leads(client), {"login": eddie.email, "password": PASSWORD})

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_a_member_logging_in_at_the_admin_address_gets_no_admin_and_a_clear_page(client):
    member = MemberFactory(email="sam@example.org")

    response = client.post(where_admin_login_leads(client), {"login": member.email, "password": PASSWORD}, follow=True)

    assert response.status_code == 403
    assert "Your account cannot use the editing area" in response.content.decode()
    assert 'class="nhsuk-header' in response.content.decode()
    assert len(response.redirect_chain) < 5, "no loop between the admin and the log-in page"
    assert client.get(reverse("wagtailadmin_home")).status_code == 302
    assert client.get(reverse("wagtailadmin_explore_root")).status_code == 302


def test_a_logged_in_editor_at_the_admin_login_goes_on_to_the_admin(client):
    client.force_login(editor())

    response = client.get(ADMIN_LOGIN, {"next": "https://evil.example/"})

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")


def test_passwords_are_reset_only_on_the_rate_limited_members_page(client):
    assert client.get(reverse("wagtailadmin_password_reset")).status_code == 404
    assert client.get(reverse("account_reset_password")).status_code == 200
