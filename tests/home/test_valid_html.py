"""Every public page of the demo site is valid HTML, as the Nu HTML checker (the W3C's validator)
reads it. Invalid markup is what assistive technology trips over first, and the checker finds
what axe does not: bad attribute values, elements where the standard does not allow them."""

import datetime
import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone

from consultations.models import ConsultationIndexPage, ConsultationPage
from core import published
from demo.content.forum import MEMBERS
from demo.management.commands.load_demo_content import DEMO_PASSWORD
from equality.models import Occasion, OccasionKind, Offer
from equality.offers import SESSION_KEY
from feedback.involvement import answer_url
from feedback.models import Suggestion, SuggestionStatus
from feedback.suggestions import status_url
from forum.models import Category, ForumPage, Thread

pytestmark = [pytest.mark.html_checker, pytest.mark.django_db]

VNU_JAR = Path(settings.BASE_DIR) / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}loc"


@pytest.fixture
def checker():
    """The command that runs the checker. A missing Java or vnu-jar skips the test on a laptop,
    but fails it in CI, where a silent skip would hide that nothing was checked."""
    java = shutil.which("java")
    missing = None if java else "Java is missing: install the Debian package `default-jre-headless`"
    if VNU_JAR.exists() is False:
        missing = f"{VNU_JAR} is missing: run `npm ci` (or `make test-sqlite`)"
    if missing and os.environ.get("CI") == "true":
        pytest.fail(f"{missing} (CI=true, so this is an error, not a skip)", pytrace=False)
    if missing:
        pytest.skip(missing)
    return [java, "-jar", str(VNU_JAR), "--format", "json", "--exit-zero-always"]


def public_addresses(client):
    """Every page in the sitemap (easy read versions and public forum conversations among them),
    and the public pages that are routes the sitemap does not list: each consultation's questions
    on paper, the forum's listings."""
    sitemap = ElementTree.fromstring(client.get("/sitemap.xml").content)  # noqa: S314 (our own sitemap)
    addresses = [urlsplit(loc.text).path for loc in sitemap.iter(SITEMAP)]
    addresses += [
        consultation.url + consultation.reverse_subpage("paper")
        for consultation in published.originals(ConsultationPage.objects.live())
    ]
    forum = ForumPage.current()
    addresses += [forum.url + forum.reverse_subpage("category", args=[c.slug]) for c in Category.objects.all()]
    addresses += [
        forum.url + forum.reverse_subpage("search") + "?q=parking",
        "/search/?q=parking",
        "/search/?q=zzzz",
        "/accounts/login/",
        "/accounts/signup/",
        "/accounts/password/reset/",
        "/accounts/deleted/",
        "/feedback/services/minor-injuries-unit/thanks/",
        "/feedback/suggest/sent/",
        # The private pages an e-mail links to: following a suggestion, and the involvement check.
        urlsplit(status_url(Suggestion.objects.get(status=SuggestionStatus.NOT_POSSIBLE))).path,
        urlsplit(answer_url(ConsultationPage.objects.filter(outcomes__live=True).first())).path,
    ]
    return addresses


def member_addresses():
    """What a member sees that a visitor does not: the forms to post, reply and report, their account,
    and, once they have given their password again, the pages to download their data or delete it."""
    forum = ForumPage.current()
    thread = Thread.objects.for_listing().first()
    post_pages = [
        forum.url + forum.reverse_subpage("post_action", args=[thread.opening_post_id, action])
        for action in ("reply", "report")
    ]
    return [
        forum.url,
        forum.thread_url(thread),
        forum.url + forum.reverse_subpage("start_thread"),
        *post_pages,
        "/accounts/",
        "/accounts/reauthenticate/",
        "/accounts/your-data/",
        "/accounts/delete/",
    ]


def outage_addresses():
    """The pages that say search is not working, while it is down."""
    forum = ForumPage.current()
    finder = published.originals(ConsultationIndexPage.objects.live()).get()
    return ["/search/?q=parking", forum.url + forum.reverse_subpage("search") + "?q=parking", finder.url + "?q=parking"]


def save_pages(client, addresses, folder, prefix, status=200):
    """Each page as a file named after its address; returns {file name: address}."""
    saved = {}
    for address in addresses:
        response = client.get(address)
        assert response.status_code == status, f"{address} answered {response.status_code}"
        name = prefix + (address.strip("/").replace("/", "_").replace("?", "_") or "home") + ".html"
        (folder / name).write_bytes(response.content)
        saved[name] = address
    return saved


def offer_equality_questions(client):
    """Offer the equality questions in the client's session, as confirming a new account does;
    returns the addresses of the form and of what follows it."""
    token = "a-token-for-the-html-checker"
    Offer.objects.create(
        token_hash=hashlib.sha256(token.encode()).hexdigest(),
        occasion=Occasion.objects.get_or_create(kind=OccasionKind.SIGN_UP)[0],
        expires_on=timezone.localdate() + datetime.timedelta(days=1),
    )
    session = client.session
    session[SESSION_KEY] = {OccasionKind.SIGN_UP.value: token}
    session.save()
    return [f"/about-you/{token}/", "/about-you/thank-you/"]


def test_the_demo_site_is_valid_html(client, demo, checker, tmp_path, search_outage):
    addresses = public_addresses(client)
    pages = save_pages(client, addresses, tmp_path, "")
    # Every page in Welsh and in Urdu (right to left): translated pages, and the others with
    # the interface in that language.
    for code in ("cy", "ur"):
        pages |= save_pages(client, [f"/{code}{address}" for address in addresses], tmp_path, f"{code}--")
    pages |= save_pages(client, ["/about-you/a-link-used-already/"], tmp_path, "", status=410)
    client.force_login(get_user_model().objects.get(email=MEMBERS[0][1]))
    equality_pages = offer_equality_questions(client)  # the account page offers them too
    client.post("/accounts/reauthenticate/", {"password": DEMO_PASSWORD})
    pages |= save_pages(client, member_addresses() + equality_pages, tmp_path, "member--")
    assert "Help us hear from everyone" in (tmp_path / "member--accounts.html").read_text()
    assert "consultations_birth-centre-move_easy-read.html" in pages  # the easy read page type is checked
    search_outage.begin()
    pages |= save_pages(client, outage_addresses(), tmp_path, "search-down--", status=503)

    # One run for every page: starting Java costs more than checking a page.
    result = subprocess.run([*checker, *(str(tmp_path / name) for name in pages)], capture_output=True, text=True)
    messages = json.loads(result.stderr)["messages"]

    errors = [
        f"{where(m, pages)} line {m.get('lastLine', '?')}: {m['message']}" for m in messages if m["type"] != "info"
    ]
    assert len(pages) > 120
    assert not errors, f"{len(errors)} HTML errors in the pages saved to {tmp_path}:\n" + "\n".join(errors)


def where(message, pages):
    """The saved file and the address it came from."""
    name = Path(urlsplit(message.get("url", "")).path).name
    return f"{name} ({pages.get(name, 'no page')})"
