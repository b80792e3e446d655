"""The demo content command: it builds a believable site, and running it again changes nothing."""

import re

import pytest
import textstat
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.utils.html import strip_tags
from wagtail.models import Page, Site

from core import published
from core.models import SiteSettings
from demo.content.forum import MEMBERS as FORUM_MEMBERS
from demo.content.site import PAGES
from demo.management.commands.load_demo_content import DEMO_PASSWORD, STAFF_ACCOUNTS
from home.models import ContentPage, HomePage

pytestmark = pytest.mark.django_db

# Reading age 9 to 11, as the NHS asks of its public pages.
MAX_GRADE = 7

# Headings, list items and table cells stand on their own, as a reader meets them.
END_OF_UNIT = re.compile(r"</(?:h[1-6]|p|li|th|td|caption|summary)>")


@pytest.fixture(autouse=True)
def default_demo_logins(monkeypatch):
    """The tests rely on the built-in demo logins, whatever the shell running them has set."""
    for name in ("DEMO_ADMIN_EMAIL", "DEMO_ADMIN_PASSWORD", "DEMO_STAFF_PASSWORD"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def demo_site():
    call_command("load_demo_content", not_production=True)
    return Site.objects.get(is_default_site=True)


def page_words(page):
    """The words a reader meets on a page: its title, its summary or introduction, and its body."""
    lead = page.summary if isinstance(page, ContentPage) else page.introduction
    body = strip_tags(END_OF_UNIT.sub(". ", page.body.render_as_block()))
    return f"{page.title}. {lead} {body}"


def site_state():
    pages = published.originals(Page.objects.type(HomePage, ContentPage)).order_by("path").specific()
    return [(page.title, page.url_path, page.live, str(getattr(page, "body", ""))) for page in pages]


def test_running_twice_changes_nothing(capsys):
    call_command("load_demo_content", not_production=True)
    pages, users = site_state(), get_user_model().objects.count()
    revisions = {page.pk: page.revisions.count() for page in Page.objects.all()}

    call_command("load_demo_content", not_production=True)

    assert site_state() == pages
    assert len(pages) == len(PAGES) + 1
    assert get_user_model().objects.count() == users == len(STAFF_ACCOUNTS) + 1 + len(FORUM_MEMBERS)
    assert {page.pk: page.revisions.count() for page in Page.objects.all()} == revisions
    assert SiteSettings.objects.get().footer_links.count() == 3
    assert "About us (/about/): unchanged" in capsys.readouterr().out


def test_pages_are_live_at_their_public_addresses(demo_site, client):
    for spec in PAGES:
        response = client.get(f"/{spec['slug']}/")
        assert response.status_code == 200, spec["slug"]
        assert spec["title"] in response.text

    home = client.get("/")
    assert home.status_code == 200
    assert "Have your say about health services" in home.text


def test_menu_shows_the_pages_people_look_for(demo_site):
    in_menu = demo_site.root_page.get_children().live().in_menu().values_list("slug", flat=True)

    assert list(in_menu) == [
        "consultations",
        "service-changes",
        "you-said-we-did",
        "events",
        "forum",
        "about",
        "how-we-involve-people",
        "contact",
    ]


def test_footer_shows_contact_details_and_statements(demo_site, client):
    settings = SiteSettings.for_site(demo_site)
    assert settings.organisation_name == "Kellsmoor and Wendlebridge Integrated Care Board"
    assert settings.contact_email == "involve@example.org"
    assert "Kellsmoor" in settings.contact_address
    assert settings.privacy_notice.slug == "privacy-notice"

    footer = client.get("/").text.split('<footer class="nhsuk-footer"')[1]
    assert "0113 496 0123" in footer
    assert 'href="/accessibility-statement/"' in footer
    assert 'href="/privacy-notice/"' in footer
    assert 'href="/contact/">Contact us' in footer


def test_every_demo_account_can_open_the_admin(demo_site, client):
    for email in ["admin@example.org", *(email for _, email, _, _ in STAFF_ACCOUNTS)]:
        # Through the log-in page that /admin/login/ leads to, as a person would: it lets in
        # only confirmed addresses.
        login_page = client.get("/admin/login/", follow=True).redirect_chain[-1][0]
        response = client.post(login_page, {"login": email, "password": DEMO_PASSWORD}, follow=True)
        assert response.request["PATH_INFO"] == "/admin/", email
        assert response.status_code == 200, email
        client.logout()

    users = get_user_model().objects
    assert users.get(email="admin@example.org").is_superuser
    editor = users.get(email="editor@example.org")
    assert not editor.is_superuser
    assert list(editor.groups.values_list("name", flat=True)) == ["Editors"]


def test_administrator_login_comes_from_the_environment(monkeypatch, capsys):
    monkeypatch.setenv("DEMO_ADMIN_EMAIL", "lead@example.org")
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "a-secret-for-this-demo")

    call_command("load_demo_content", not_production=True)

    assert get_user_model().objects.get(email="lead@example.org").check_password("a-secret-for-this-demo")
    output = capsys.readouterr().out
    assert "http://testserver/admin/" in output
    assert "lead@example.org" in output
    assert "a-secret-for-this-demo" in output
    assert re.search(rf"editor@example\.org\s+{DEMO_PASSWORD}", output)


def test_with_debug_off_the_demo_is_refused_even_with_passwords_of_ones_own(monkeypatch):
    """It would still rewrite the site's address and pages: only on a machine for trying the site."""
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "a-secret-for-this-demo")
    monkeypatch.setenv("DEMO_STAFF_PASSWORD", "another-secret-for-staff")

    with pytest.raises(CommandError, match="--i-know-this-is-not-production"):
        call_command("load_demo_content")

    assert not get_user_model().objects.exists()
    assert not Page.objects.type(ContentPage).exists()


def test_with_debug_off_the_flag_loads_the_demo_with_passwords_of_ones_own(monkeypatch, client):
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "a-secret-for-this-demo")
    monkeypatch.setenv("DEMO_STAFF_PASSWORD", "another-secret-for-staff")

    call_command("load_demo_content", "--i-know-this-is-not-production")

    assert not client.login(email="admin@example.org", password=DEMO_PASSWORD)
    assert client.login(email="admin@example.org", password="a-secret-for-this-demo")
    assert client.login(email="editor@example.org", password="another-secret-for-staff")


def test_with_debug_on_the_demo_loads_as_make_run_does(settings):
    settings.DEBUG = True

    call_command("load_demo_content")

    assert get_user_model().objects.get(email="admin@example.org").check_password(DEMO_PASSWORD)


def test_page_bodies_pass_the_editors_checks(demo_site):
    """Editors must be able to open and save every demo page without fixing it first."""
    for page in [demo_site.root_page.specific, *ContentPage.objects.all()]:
        page.body.stream_block.clean(page.body)


def test_pages_read_at_age_nine_to_eleven(demo_site):
    pages = [demo_site.root_page.specific, *ContentPage.objects.child_of(demo_site.root_page)]

    grades = {page.slug: textstat.flesch_kincaid_grade(page_words(page)) for page in pages}

    assert len(grades) == len(PAGES) + 1
    assert {slug: grade for slug, grade in grades.items() if grade > MAX_GRADE} == {}
