"""Translations without the catalogues that translate nothing.

Every `{% translate %}` of a string no catalogue has (all of ours while the site is English
only) looks in each catalogue Django loaded for the language, one after another: about 30
for English, most of them files that libraries ship for English with no message in them
(Wagtail's apps, allauth, taggit: only the catalogue's header). Django keeps a catalogue of
its own for each (it merges two only when their plural rules are the same function), so a
thread page's 250 such lookups each tried 30 dictionaries and then a chain of fallbacks.

`Translation` is Django's translation for a language, less those empty files: every
message it translates, it translates as before, in every language (Welsh included, when its
catalogues arrive), and a string nobody translates falls through about 7 catalogues rather
than 30. CoreConfig.ready() makes Django use it.
"""

from django.utils.translation import trans_real


class Translation(trans_real.DjangoTranslation):
    def merge(self, other):
        """Django's merge of one library's catalogue (and the catalogues it falls back to,
        `en` after `en_GB`), leaving out each of them that has no message."""
        kept = _with_messages(other)
        if kept is not None:
            super().merge(kept)


def _with_messages(translations):
    """The first of `translations` and its fallbacks that holds a message, linked to the
    next that does, and so on; None if none does. gettext hands out copies, so relinking
    them changes nobody else's."""
    chain = []
    while translations is not None:
        if set(getattr(translations, "_catalog", ())) - {""}:  # "" is the catalogue's header
            chain.append(translations)
        translations = translations._fallback
    first = None
    for translations in reversed(chain):
        translations._fallback, first = first, translations
    return first


def use_compact_translations():
    """Called when core is ready, before any request: Django makes each language's
    translation on first use, with the class its `translation()` names."""
    trans_real.DjangoTranslation = Translation
    trans_real._translations.clear()
