"""The plain-language check: how hard a text is to read, and what to change to make it easier.

People who read our pages include children, people with learning disabilities and people
reading in a second language, so we aim for a reading age of 9 to 11. The check only
advises: it never stops an editor saving or publishing, because a long sentence or a
technical word is sometimes the honest choice.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from html.parser import HTMLParser

import textstat
from django.utils.translation import gettext, ngettext
from wagtail import blocks
from wagtail.rich_text import RichText

TARGET_READING_AGE = 11
LONG_SENTENCE_WORDS = 25
QUOTE_WORDS = 8
# Flesch-Kincaid gives a US school grade; grade 1 is for children of about 6.
GRADE_TO_AGE = 5

# Words and phrases that many people do not know, with what to say instead. The demo
# content loads these into the jargon list editors manage (Engagement labels > Jargon terms).
DEFAULT_JARGON = {
    "acute": "hospital",
    "primary care": "GP, pharmacy, dentist and optician services",
    "stakeholder": "people and groups with an interest",
    "outpatient": "hospital appointment where you do not stay overnight",
    "pathway": "the steps of your care",
    "commissioner": "the organisation that plans and pays for services",
    "ICB": "integrated care board: the NHS organisation that plans local services",
    "provision": "services",
    "utilise": "use",
    "facilitate": "help",
    "reconfiguration": "change",
    "cohort": "group",
    "signpost": "tell you where to go",
    "triage": "check how urgently you need care",
    "in due course": "soon (or give the date)",
    "going forward": "from now on",
    "prior to": "before",
    "commence": "start",
    "additional": "extra",
}

BLOCK_TAGS = {
    "p", "div", "br", "li", "ol", "ul", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "table", "tr", "td", "th", "dt", "dd", "hr",
}  # fmt: skip
WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
SPACES = re.compile(r"\s+")
# A tag ends before the next "<": with "[^>]*", text full of "<a" with no ">" was searched
# to its end from each one, which takes time by the square of its length.
HTML_TAG = re.compile(r"<[a-zA-Z][^<>]*>")
SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+")


@dataclass(frozen=True)
class LongSentence:
    start: str
    words: int


@dataclass(frozen=True)
class JargonUse:
    term: str
    plain_alternative: str
    count: int


@dataclass(frozen=True)
class PlainLanguageReport:
    words: int
    reading_age: int | None
    long_sentences: tuple[LongSentence, ...]
    jargon: tuple[JargonUse, ...]

    @property
    def reading_age_too_high(self):
        return self.reading_age is not None and self.reading_age > TARGET_READING_AGE

    @property
    def has_warnings(self):
        return bool(self.reading_age_too_high or self.long_sentences or self.jargon)

    def summary(self):
        """One sentence for a message or a screen reader announcement."""
        if not self.words:
            return gettext("There is no text to check yet.")
        if not self.has_warnings:
            return gettext("Reading age %(age)s. No long sentences or jargon found.") % {"age": self.reading_age}
        parts = [gettext("Reading age %(age)s") % {"age": self.reading_age}]
        if self.reading_age_too_high:
            parts[0] += " " + gettext("(aim for %(target)s or under)") % {"target": TARGET_READING_AGE}
        if self.long_sentences:
            count = len(self.long_sentences)
            parts.append(ngettext("%(count)s long sentence", "%(count)s long sentences", count) % {"count": count})
        if self.jargon:
            count = len(self.jargon)
            parts.append(ngettext("%(count)s word to swap", "%(count)s words to swap", count) % {"count": count})
        return ", ".join(parts) + "."


class _TextExtractor(HTMLParser):
    """Keeps the text of rich text, with a line break wherever a paragraph, heading or list
    item ends, so that a heading or bullet without a full stop is not read as part of the
    next sentence."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        self.handle_starttag(tag, [])

    def handle_data(self, data):
        # In HTML a line break in the source is just a space.
        self.parts.append(SPACES.sub(" ", data))


def html_to_text(html):
    extractor = _TextExtractor()
    extractor.feed(html)
    extractor.close()
    return "".join(extractor.parts)


def _stream_text(block, value):
    """The words people read in a StreamField value, skipping URLs, choices and images."""
    if value is None:
        return
    if isinstance(block, blocks.RichTextBlock):
        yield html_to_text(value.source)
    elif isinstance(block, blocks.CharBlock | blocks.TextBlock):
        yield str(value)
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            yield from _stream_text(child_block, value.get(name))
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            yield from _stream_text(block.child_block, item)
    elif isinstance(block, blocks.StreamBlock):
        for child in value:
            yield from _stream_text(child.block, child.value)


def plain_text(value):
    """The text of a plain, rich text or StreamField value, one paragraph a line."""
    if value is None:
        return ""
    if isinstance(value, blocks.StreamValue):
        return "\n".join(_stream_text(value.stream_block, value))
    if isinstance(value, RichText):
        return html_to_text(value.source)
    value = str(value)
    # A plain text field keeps its own line breaks; rich text is HTML.
    return html_to_text(value) if HTML_TAG.search(value) else value


def _sentences(text):
    for paragraph in text.splitlines():
        for sentence in SENTENCE_END.split(paragraph.strip()):
            if WORD.search(sentence):
                yield sentence.strip()


def _jargon_pattern(term):
    words = (re.escape(word) for word in term.split())
    # An optional plural "s": "stakeholders" and "ICBs" are the same jargon.
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"s?(?!\w)", re.IGNORECASE)


def check(text, jargon: Iterable[tuple[str, str]] = ()):
    """Check `text` (plain or HTML) against our plain-language advice.

    `jargon` is pairs of (term, plain alternative), such as JargonTerm rows or
    `DEFAULT_JARGON.items()`. Terms match whole words (and their plural with "s") in any
    case, so "ICB" finds "icb" and "ICBs" but not "ICBT".
    """
    text = plain_text(text)
    sentences = list(_sentences(text))
    word_counts = [len(WORD.findall(sentence)) for sentence in sentences]
    words = sum(word_counts)

    reading_age = None
    if words:
        # textstat counts sentences by their full stops: give headings and bullets one each.
        punctuated = " ".join(s if s[-1] in ".!?" else f"{s}." for s in sentences)
        reading_age = max(GRADE_TO_AGE, round(textstat.flesch_kincaid_grade(punctuated)) + GRADE_TO_AGE)

    long_sentences = tuple(
        LongSentence(start=" ".join(sentence.split()[:QUOTE_WORDS]) + "…", words=count)
        for sentence, count in zip(sentences, word_counts, strict=True)
        if count > LONG_SENTENCE_WORDS
    )

    found = []
    for term, alternative in jargon:
        matches = list(_jargon_pattern(term).finditer(text))
        if matches:
            found.append((matches[0].start(), JargonUse(term, alternative, len(matches))))
    found.sort(key=lambda item: item[0])

    return PlainLanguageReport(
        words=words,
        reading_age=reading_age,
        long_sentences=long_sentences,
        jargon=tuple(use for _, use in found),
    )
