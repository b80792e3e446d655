"""Words: turning what someone typed into search terms, and showing where those terms were
found, with the matched words marked.

Every backend matches English word forms both ways ("taxi" finds "taxis" and "taxis" finds
"taxi"), in the index itself: PostgreSQL's `english` configuration stems words with the
Snowball English stemmer, SQLite's index uses FTS5's Porter tokenizer (migration
search/0004) and Elasticsearch's indexes an English analyser (config/settings/base.py).
Highlighting uses the Snowball stemmer, so the words marked in a snippet are the words that
matched.
"""

import re

import Stemmer
from django.utils.html import escape
from django.utils.safestring import mark_safe

WORD = re.compile(r"\w+")

# The longest query we act on: Wagtail keeps the first 255 characters of a query for its
# statistics, and more words only make a search slower.
MAX_QUERY_LENGTH = 255
MAX_TERMS = 12

# Words too common to tell pages apart. PostgreSQL leaves these out of its searches; SQLite
# does not, so "how do I book a blood test" would otherwise need every page to contain "how",
# "do" and "I". Leaving them out everywhere makes the backends agree.
COMMON_WORDS = """a about an and are as at be been but by can could do does did for from had has have
    he her his how i if in into is it its me my no not of on or our she so than that the their
    them then there these they this those to too up was we were what when where which who why
    will with would you your"""
STOP_WORDS = frozenset(COMMON_WORDS.split())

SNIPPET_WORDS = 30
WORDS_BEFORE_MATCH = 8


def query_terms(query):
    """The words to search for, lower-cased, without punctuation, repeats or common words.

    Punctuation goes because it means nothing to a word search and some of it breaks SQLite's
    full-text syntax (a lone double quote is a server error there: wagtail/wagtail#13227). A
    query made only of common words ("the who") keeps them, rather than finding nothing.
    """
    words = list(dict.fromkeys(WORD.findall(query[:MAX_QUERY_LENGTH].lower())))
    meaningful = [word for word in words if word not in STOP_WORDS]
    return (meaningful or words)[:MAX_TERMS]


class Highlighter:
    """Finds the passage of a result's text that best matches the query and marks the
    matching words. Make one per search: a stemmer keeps state (and a cache of the words it
    has seen) between calls, so it must not be shared between threads."""

    def __init__(self, terms):
        self.stemmer = Stemmer.Stemmer("english")
        self.terms = set(terms)
        self.stems = set(self.stemmer.stemWords(terms))

    def matches(self, word):
        word = word.lower()
        return word in self.terms or self.stemmer.stemWord(word) in self.stems

    def snippet(self, texts):
        """About thirty words from the text with the most matched terms, HTML-escaped, the
        matches wrapped in <mark>. Falls back to the start of the first text when only the
        title matched."""
        passages = [" ".join(text.split()) for text in texts if text and text.strip()]
        if not passages:
            return ""
        best = max(passages, key=self._distinct_matches)
        words = list(WORD.finditer(best))
        if not words:
            return escape(best)
        first_match = next((index for index, word in enumerate(words) if self.matches(word.group())), 0)
        start = max(0, first_match - WORDS_BEFORE_MATCH)
        stop = min(len(words), start + SNIPPET_WORDS)
        begin = words[start].start() if start else 0
        end = words[stop - 1].end() if stop < len(words) else len(best)
        html = self._mark(best[begin:end])
        if begin > 0:
            html = "… " + html
        if end < len(best):
            html += " …"
        return mark_safe(html)  # noqa: S308 (every piece of text was escaped in _mark)

    def _distinct_matches(self, passage):
        return len({self.stemmer.stemWord(word.lower()) for word in WORD.findall(passage) if self.matches(word)})

    def _mark(self, passage):
        """Escape first, then add the marks, so nothing in the text can become markup."""
        pieces = []
        position = 0
        for word in WORD.finditer(passage):
            if self.matches(word.group()):
                pieces.append(escape(passage[position : word.start()]))
                pieces.append(f"<mark>{escape(word.group())}</mark>")
                position = word.end()
        pieces.append(escape(passage[position:]))
        return "".join(pieces)
