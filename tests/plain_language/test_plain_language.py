"""The plain-language check: what it finds in a text, and how editors see it in the page
editor. It warns and never stops anyone saving or publishing."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from core.blocks import BaseStreamBlock
from demo.factories.people import UserFactory
from plain_language.checker import DEFAULT_JARGON, check, plain_text
from plain_language.models import JargonTerm
from service_changes.models import ServiceChangePage
from tests.service_changes.test_service_changes import add_service_change, add_service_changes_index

LONG_SENTENCE = (
    "The integrated care board has been working closely with partners across the local system "
    "for many months to review how urgent care services are arranged during the night."
)
JARGON_TEXT = "<p>We will facilitate access to outpatient clinics in primary care.</p>"
PLAIN_TEXT = "The unit will close at night. Few people use it then. Call 111 if you need help."


@pytest.fixture
def jargon_list(db):
    JargonTerm.objects.bulk_create(JargonTerm(term=t, plain_alternative=a) for t, a in DEFAULT_JARGON.items())


@pytest.fixture
def editor_client(client, db):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


@pytest.fixture
def hard_to_read_change(home_page, jargon_list):
    return add_service_change(
        add_service_changes_index(home_page),
        why=f"<p>{LONG_SENTENCE}</p>",
        what_it_means=JARGON_TEXT,
    )


# The checker on its own


def test_a_sentence_over_25_words_is_quoted_by_its_start():
    report = check(f"Short one. {LONG_SENTENCE} Another short one.")
    assert len(report.long_sentences) == 1
    sentence = report.long_sentences[0]
    assert sentence.start == "The integrated care board has been working closely…"
    assert sentence.words == 28
    assert report.has_warnings


def test_jargon_is_found_with_its_plain_alternative():
    report = check(JARGON_TEXT, DEFAULT_JARGON.items())
    found = {use.term: use.plain_alternative for use in report.jargon}
    assert found == {
        "facilitate": "help",
        "outpatient": "hospital appointment where you do not stay overnight",
        "primary care": "GP, pharmacy, dentist and optician services",
    }


def test_jargon_matches_whole_words_in_any_case_and_plurals():
    jargon = [("ICB", "integrated care board"), ("acute", "hospital"), ("primary care", "GP and pharmacy")]
    report = check("The icb and other ICBs agreed. Acuteness is not a word we use. PRIMARY\ncare matters.", jargon)
    assert [(use.term, use.count) for use in report.jargon] == [("ICB", 2), ("primary care", 1)]


def test_reading_age_is_given_and_short_plain_text_passes():
    report = check(PLAIN_TEXT, DEFAULT_JARGON.items())
    assert report.reading_age is not None
    assert report.reading_age <= 11
    assert report.long_sentences == ()
    assert report.jargon == ()
    assert not report.has_warnings


def test_hard_text_has_a_high_reading_age():
    report = check(
        "Comprehensive reconfiguration of organisational responsibilities necessitates "
        "considerable administrative coordination."
    )
    assert report.reading_age_too_high
    assert "aim for 11 or under" in report.summary()


def test_headings_and_bullets_are_not_joined_into_one_long_sentence():
    items = "".join(f"<li>People who live in village number {n} near the coast</li>" for n in range(4))
    report = check(f"<h2>Who is affected</h2><ul>{items}</ul>")
    assert report.long_sentences == ()
    assert report.words == 3 + 4 * 10


def test_streamfield_text_is_checked_but_not_its_markup():
    block = BaseStreamBlock()
    body = block.to_python(
        [
            {"type": "heading", "value": "Getting there"},
            {"type": "text", "value": "<p>We will <b>utilise</b> the bus.</p>"},
            {"type": "action_link", "value": {"text": "Book", "external_url": "https://example.org/utilise"}},
        ]
    )
    report = check(body, DEFAULT_JARGON.items())
    assert [(use.term, use.count) for use in report.jargon] == [("utilise", 1)]


def test_no_text_means_no_reading_age():
    report = check("")
    assert report.reading_age is None
    assert not report.has_warnings
    assert report.summary() == "There is no text to check yet."


# In the page editor


def test_editor_sees_the_check_on_a_service_change(editor_client, hard_to_read_change):
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[hard_to_read_change.pk]))
    assert response.status_code == 200
    panel = BeautifulSoup(response.content, "html.parser").find(attrs={"data-plain-language-url": True})
    assert panel is not None
    text = panel.get_text(" ", strip=True)
    assert "Reading age" in text
    assert "“The integrated care board has been working closely…” (28 words)" in text
    for term in ["facilitate", "outpatient", "primary care"]:
        assert term in text
    assert DEFAULT_JARGON["primary care"] in text
    assert "you can still save and publish" in text
    assert "js/plain-language.js" in response.content.decode()


def test_check_follows_the_latest_draft(editor_client, hard_to_read_change):
    draft = hard_to_read_change
    draft.why = "<p>Hardly anyone comes at night.</p>"
    draft.what_it_means = "<p>Please utilise the 111 service.</p>"
    draft.save_revision()

    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk]))
    panel = BeautifulSoup(response.content, "html.parser").find(attrs={"data-plain-language-url": True})
    text = panel.get_text(" ", strip=True)
    assert "utilise" in text
    assert "facilitate" not in text
    assert "No sentences over 25 words." in text


def edit_form_data(page, **changes):
    """The edit form as the editor's browser would send it, with `changes` typed in."""
    data = {
        "title": page.title,
        "slug": page.slug,
        "summary": page.summary,
        "status": page.status,
        "topic": page.topic_id,
        "place": page.place_id,
        "what_is_changing": rich_text(page.what_is_changing),
        "why": rich_text(page.why),
        "who_is_affected": rich_text(page.who_is_affected),
        "what_it_means": rich_text(page.what_it_means),
        "what_has_been_decided": rich_text(page.what_has_been_decided),
        "milestones": inline_formset([]),
        "comments": inline_formset([]),
    }
    data.update(changes)
    return nested_form_data(data)


def test_publishing_text_with_jargon_succeeds_with_a_warning(editor_client, hard_to_read_change):
    url = reverse("wagtailadmin_pages:edit", args=[hard_to_read_change.pk])
    data = edit_form_data(hard_to_read_change, who_is_affected=rich_text("<p>Stakeholders in acute care.</p>"))
    response = editor_client.post(url, {**data, "action-publish": "publish"})

    assert response.status_code == 302
    page = ServiceChangePage.objects.get(pk=hard_to_read_change.pk)
    assert "Stakeholders in acute care." in page.who_is_affected
    assert page.live and not page.has_unpublished_changes
    warnings = [str(m) for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]
    assert len(warnings) == 1
    assert warnings[0].startswith("Plain-language check: Reading age")
    assert "long sentence" in warnings[0]
    assert "words to swap" in warnings[0]


def test_saving_plain_text_gives_no_warning(editor_client, home_page, jargon_list):
    change = add_service_change(add_service_changes_index(home_page))
    url = reverse("wagtailadmin_pages:edit", args=[change.pk])
    response = editor_client.post(url, edit_form_data(change, why=rich_text(f"<p>{PLAIN_TEXT}</p>")))

    assert response.status_code == 302
    assert [m for m in get_messages(response.wsgi_request) if m.level_tag == "warning"] == []


def test_check_reruns_on_the_unsaved_form_as_the_editor_types(editor_client, hard_to_read_change):
    url = reverse("plain_language_check", args=["service_changes", "servicechangepage"])
    data = edit_form_data(
        hard_to_read_change,
        why=rich_text("<p>We will utilise the minor injuries unit less.</p>"),
        what_it_means=rich_text("<p>Nothing changes in the day.</p>"),
    )
    response = editor_client.post(url, data)

    assert response.status_code == 200
    result = response.json()
    assert [use["term"] for use in result["jargon"]] == ["utilise"]
    assert result["long_sentences"] == []
    assert "utilise" in result["html"]
    assert result["summary"].startswith("Reading age")
    assert ServiceChangePage.objects.get(pk=hard_to_read_change.pk).why == f"<p>{LONG_SENTENCE}</p>"


def test_check_endpoint_is_for_editors_and_checked_page_types_only(editor_client, db):
    url = reverse("plain_language_check", args=["service_changes", "servicechangepage"])
    assert Client().post(url, {}).status_code == 302  # to the admin login
    assert editor_client.get(url).status_code == 405
    assert editor_client.post(reverse("plain_language_check", args=["events", "eventpage"])).status_code == 404
    assert editor_client.post(reverse("plain_language_check", args=["nothing", "here"])).status_code == 404


def test_a_new_page_has_an_empty_check_until_the_editor_writes(editor_client, home_page):
    index = add_service_changes_index(home_page)
    response = editor_client.get(
        reverse("wagtailadmin_pages:add", args=["service_changes", "servicechangepage", index.pk])
    )
    assert response.status_code == 200
    panel = BeautifulSoup(response.content, "html.parser").find(attrs={"data-plain-language-url": True})
    assert (
        panel.find(attrs={"data-plain-language-summary": True}).get_text(strip=True) == "There is no text to check yet."
    )


def test_text_full_of_unclosed_tags_is_checked_as_plain_text_in_one_pass():
    """Looking for HTML once searched from every "<" to the end of the text: on a megabyte of
    "<a" with no ">" that would take hours."""
    assert plain_text("<a" * 500_000) == "<a" * 500_000
