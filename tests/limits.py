"""For the tests of the limit per client address on each public form (core/post_limits.py)."""

import html
import re

# Another client address than the test client's own (127.0.0.1).
ELSEWHERE = "198.51.100.4"
# Words a person might write, with markup in them: the 429 page must show them back as text.
WORDS = 'Buses <b>never</b> come at night & "the last one" is at 6'
WORDS_ESCAPED = "Buses &lt;b&gt;never&lt;/b&gt; come at night &amp; &quot;the last one&quot; is at 6"


def refused_keeping(response, *words):
    """The 429 page, giving back each of `words` to copy. Returns the page."""
    assert response.status_code == 429
    page = response.content.decode()
    assert "Please wait a moment" in page
    shown = [html.unescape(text) for text in re.findall(r"<textarea [^>]*readonly>(.*?)</textarea>", page, re.S)]
    for word in words:
        assert any(word in text for text in shown), f"{word!r} is not shown back: {shown}"
    return page
