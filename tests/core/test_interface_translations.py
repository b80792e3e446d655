"""Every public string of the pages translated so far has a Welsh and an Urdu translation.

The catalogues (locale/*/LC_MESSAGES/django.po) are made with
`manage.py makemessages -l cy -l ur --add-location=file -i ".venv/*" -i "node_modules/*"
-i "staticfiles/*" -i "tests/*" -i "bench/*" -i "scripts/*"`, which notes the file each string
comes from. A string with no translation, or one marked fuzzy (a guess makemessages made from a
similar string), fails here; `make messages` compiles them for Django.
"""

import json
from pathlib import Path

import pytest
from django.conf import settings

# The pages whose interface is translated in full: every page's frame (header, language
# switcher, footer, error pages), the home page, search, and consultations: the finder, a
# consultation with its questionnaire, results and confirmation, its easy read and paper
# versions, and its e-mails. More are added here as their strings are translated.
TRANSLATED = (
    "core/templates/base.html",
    "core/templates/core/includes/",
    "core/templatetags/",
    "home/templates/home/",
    "core/templates/4",
    "core/templates/5",
    "core/templates/wagtailnhsukfrontend/",
    "consultations/templates/consultations/consultation_page.html",
    "consultations/templates/consultations/consultation_index_page.html",
    "consultations/templates/consultations/includes/",
    "consultations/templates/consultations/thank_you.html",
    "consultations/templates/consultations/reminder_set.html",
    "consultations/templates/consultations/easy_read_page.html",
    "consultations/templates/consultations/paper_questionnaire.html",
    "consultations/templates/consultations/email/",
    "consultations/forms.py",
    "consultations/questionnaire.py",
    "consultations/recording.py",
    "search/templates/",
    "forum/templates/forum/includes/conversations_about.html",
)


def catalogue(code):
    """[(files, msgid, translations, fuzzy)] of the language's catalogue."""
    entries = []
    for block in (Path(settings.BASE_DIR) / "locale" / code / "LC_MESSAGES" / "django.po").read_text().split("\n\n"):
        files, fuzzy, fields, current = [], False, {}, None
        for line in block.splitlines():
            if line.startswith("#:"):
                files += line[2:].split()
            elif line.startswith("#,"):
                fuzzy = fuzzy or "fuzzy" in line
            elif line.startswith(("msgid", "msgstr", "msgctxt")):
                current, value = line.split(" ", 1)
                fields[current] = json.loads(value)
            elif line.startswith('"') and current:
                fields[current] += json.loads(line)
        if fields.get("msgid"):
            translations = [value for name, value in fields.items() if name.startswith("msgstr")]
            entries.append((files, fields["msgid"], translations, fuzzy))
    return entries


@pytest.mark.parametrize("code", ["cy", "ur"])
def test_every_public_string_of_the_translated_pages_is_translated(code):
    missing = [
        msgid
        for files, msgid, translations, fuzzy in catalogue(code)
        if any(file.startswith(TRANSLATED) for file in files) and (fuzzy or not all(translations))
    ]
    assert len(catalogue(code)) > 100
    assert not missing, f"{len(missing)} strings have no {code} translation:\n" + "\n".join(missing)
