"""Welsh and Urdu beside English: a switcher on every page that keeps the person where they
are, `lang` and `dir` right on the page and on each fragment in another language, English
addresses as they were, and each language's page kept apart in the page cache."""

import re

import pytest
from wagtail.models import Locale

from demo.factories.forum import established_member, start_thread
from home.models import ContentPage

from .test_page_cache import kept, page_cache  # noqa: F401 (a fixture)


@pytest.fixture
def about(home_page):
    page = home_page.add_child(instance=ContentPage(title="About us", slug="about", summary="Who we are."))
    page.save_revision().publish()
    return page


def switcher(html):
    """{language name: (address or None for the current one, lang, dir)} from the switcher."""
    nav = html[html.index('class="app-language-switcher"') : html.index("</nav>")]
    found = {}
    for _tag, attributes, name in re.findall(r"<(a|span) ([^>]*)>([^<]+)</\1>", nav):
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', attributes))
        found[name] = (attrs.get("href"), attrs["lang"], attrs["dir"])
    return found


def html_tag(html):
    return re.search(r"<html[^>]*>", html).group(0)


def test_every_language_is_named_in_itself_and_keeps_you_on_the_page(client, about):
    html = client.get("/about/").text
    assert html_tag(html) == '<html lang="en-gb" dir="ltr">'
    assert switcher(html) == {
        "English": (None, "en-gb", "ltr"),
        "Cymraeg": ("/cy/about/", "cy", "ltr"),
        "اردو": ("/ur/about/", "ur", "rtl"),
    }


def test_a_page_nobody_translated_shows_in_the_chosen_interface_with_its_own_language_marked(client, about):
    welsh = client.get("/cy/about/")
    assert welsh.status_code == 200
    assert html_tag(welsh.text) == '<html lang="cy" dir="ltr">'
    assert "Chwilio" in welsh.text  # the interface is Welsh
    assert '<main class="nhsuk-main-wrapper" id="maincontent" lang="en-gb" dir="ltr">' in welsh.text
    assert switcher(welsh.text)["English"] == ("/about/", "en-gb", "ltr")

    urdu = client.get("/ur/about/").text
    assert html_tag(urdu) == '<html lang="ur" dir="rtl">'
    assert switcher(urdu)["Cymraeg"] == ("/cy/about/", "cy", "ltr")


def test_switching_leads_to_the_translation_where_there_is_one(client, home_page, about):
    welsh = Locale.objects.create(language_code="cy")
    home_page.copy_for_translation(welsh).save_revision().publish()
    translation = about.copy_for_translation(welsh)
    translation.title, translation.slug = "Amdanom ni", "amdanom"
    translation.save_revision().publish()

    assert switcher(client.get("/about/").text)["Cymraeg"][0] == "/cy/amdanom/"
    html = client.get("/cy/amdanom/").text
    assert "Amdanom ni" in html and 'lang="en-gb" dir="ltr">' not in html.split("<main", 1)[1][:80]
    assert switcher(html)["English"][0] == "/about/"


def test_each_language_is_kept_apart_in_the_page_cache(client, page_cache, about):  # noqa: F811
    assert html_tag(kept(client, "/about/")) == '<html lang="en-gb" dir="ltr">'
    assert html_tag(kept(client, "/ur/about/")) == '<html lang="ur" dir="rtl">'
    assert html_tag(kept(client, "/about/")) == '<html lang="en-gb" dir="ltr">'


def test_english_addresses_do_not_follow_the_browsers_language(client, about):
    html = client.get("/about/", HTTP_ACCEPT_LANGUAGE="cy").text
    assert html_tag(html) == '<html lang="en-gb" dir="ltr">'


def test_a_forum_conversation_stays_in_the_chosen_language(client, forum_page):
    opening = start_thread(established_member())
    english = forum_page.thread_url(opening.forum_thread)
    assert client.get(english).status_code == 200
    urdu = client.get("/ur" + english)
    assert urdu.status_code == 200
    assert html_tag(urdu.text) == '<html lang="ur" dir="rtl">'
