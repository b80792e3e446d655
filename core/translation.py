"""Translations without the catalogues that translate nothing.

Every `{% translate %}` of a string no catalogue has (all of ours while the site is English
only) looks in each catalogue Django loaded for the language, one after another, twice (as
itself, then as a plural's first form): 30 for English, 16 of them files that libraries ship
for English with no message in them (Wagtail's apps, allauth, taggit: only the catalogue's
header). Django means to merge the catalogues that share a plural rule into one, but its
check compares the rule's code with the rule itself, so it never does, and each library's
catalogue stays a dictionary of its own.

`Translation` is Django's translation for a language, less those empty files, with the
catalogues that state the same plural rule merged as Django intends: every message
translates as before, in every language (Welsh included, when its catalogues arrive), a
later catalogue still wins over an earlier one, and a string nobody translates falls
through 2 catalogues rather than 30. CoreConfig.ready() makes Django use it.
"""

from django.utils.translation import trans_real


class Translation(trans_real.DjangoTranslation):
    _first_plural_rule = None  # the Plural-Forms of the catalogue that later ones merge into

    def merge(self, other):
        """Django's merge of one library's catalogue (and the catalogues it falls back to,
        `en` after `en_GB`), leaving out each of them that has no message, and into the
        catalogue before it when both state the same plural rule."""
        kept = _with_messages(other)
        if kept is None:
            return
        rule = kept._info.get("plural-forms")
        if self._catalog is not None and rule is not None and rule == self._first_plural_rule:
            self._catalog._catalogs[0].update(kept._catalog)
            if kept._fallback:
                self.add_fallback(kept._fallback)
            return
        super().merge(kept)
        self._first_plural_rule = rule


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
