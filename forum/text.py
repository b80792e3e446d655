"""Members write plain text. We show it with its paragraphs and line breaks, with web
addresses made into links that search engines do not follow, and everything else escaped."""

import functools
import re

import nh3
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import normalize_newlines

LINK = re.compile(r"(?i)\b((?:https?://|www\.)[^\s<>\"']+[^\s<>\"'.,;:!?)\]])")


def _linkify(escaped_line):
    def link(match):
        address = match.group(1)
        href = address if address.lower().startswith("http") else f"https://{address}"
        return f'<a href="{href}">{address}</a>'

    return LINK.sub(link, escaped_line)


@functools.lru_cache(maxsize=2000)  # the posts people are reading now, worked out once each
def render_plain_text(text):
    """HTML for a member's post: `<p>` per paragraph, `<br>` per line, links with
    rel="nofollow ugc". nh3 has the last word on what is allowed through."""
    paragraphs = re.split(r"\n\s*\n", normalize_newlines(text or "").strip())
    html = "".join(
        "<p>" + "<br>".join(_linkify(escape(line)) for line in paragraph.split("\n")) + "</p>"
        for paragraph in paragraphs
        if paragraph.strip()
    )
    return mark_safe(  # noqa: S308 - cleaned by nh3 just here
        nh3.clean(
            html,
            tags={"p", "br", "a"},
            attributes={"a": {"href"}},
            url_schemes={"http", "https"},
            link_rel="nofollow ugc",
        )
    )
