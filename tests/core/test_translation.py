"""Django translates as before without the empty catalogues libraries ship for English
(core/translation.py): strings that a catalogue translates still translate, in English and
in another language, and a string nobody translates looks in only the catalogues that hold
messages."""

from django.template import Context, Template
from django.utils import translation
from django.utils.translation import trans_real


def render(source, **context):
    return Template("{% load i18n %}" + source).render(Context(context))


def test_welsh_strings_from_django_and_wagtail_still_translate():
    with translation.override("cy"):
        assert translation.gettext("Yes") == "Ie"  # Django's own catalogue
        assert translation.gettext("Search") == "Chwilio"  # Wagtail's
        assert render('{% translate "Log in" %}') == "Mewngofnodi"  # allauth's, in a template


def test_english_plurals_and_our_own_strings_are_as_written():
    with translation.override("en-gb"):  # whatever an earlier test's request left active
        assert render("{{ size|filesizeformat }}", size=1) == "1\xa0byte"
        assert render("{{ size|filesizeformat }}", size=2) == "2\xa0bytes"
        template = "{% blocktranslate count counter=n %}{{ counter }} reply{% plural %}"
        template += "{{ counter }} replies{% endblocktranslate %}"
        assert [render(template, n=n) for n in (1, 2)] == ["1 reply", "2 replies"]
        assert render('{% translate "Join the conversation" %}') == "Join the conversation"


def test_a_string_nobody_translates_meets_only_catalogues_with_messages():
    english = trans_real.translation("en-gb")
    catalogues = list(english._catalog._catalogs)
    fallback = english._fallback
    while fallback is not None:
        catalogues.append(fallback._catalog)
        fallback = fallback._fallback
    assert all(set(catalogue) - {""} for catalogue in catalogues)
    assert len(catalogues) <= 2, "the libraries' empty English catalogues, or unmerged ones, are back"
