"""Generated hostile input, shared by the tests that send it to every public form and query
parameter: tests/<room>/test_hostile_input.py in each room, and tests/search/test_any_query.py.

Everything goes out through `HostileClient` (the `hostile` fixture in tests/conftest.py), which
asserts that no answer is a server error and counts what it sent; the terminal summary adds the
counts up, for the figure "no 5xx over N generated inputs"."""

import ipaddress
import os

from django.conf import settings
from django.http import HttpRequest
from django.middleware.csrf import get_token
from django.test import Client
from django.urls import reverse
from django.utils.html import escape
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

SENT = "hostile inputs sent"  # the name of the count each test records in its report

# Examples per test: 10 by default, enough to find the shapes that break forms in well under a
# minute (each example sends a request or more); `make test` draws 50 on SQLite, a few thousand
# requests in all, and HOSTILE_EXAMPLES=200 searches deeper. No example database: each run
# draws afresh.
EXAMPLES = hypothesis_settings(
    max_examples=int(os.environ.get("HOSTILE_EXAMPLES", "10")),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

MEGABYTE = 1_000_000
# 255 characters: one more than an address column holds (a 500 that lost answers, once).
LONG_ADDRESS = "a" * 64 + "@" + ".".join(["b" * 63] * 3) + ".org"

# What has broken forms before, here or elsewhere: null and control characters, line breaks and
# header injection, digits that are not 0-9, an address one character too long for its column,
# text shaped to make a pattern check slow, and names of things that are not there.
NASTY = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "a\r\nBcc: x@example.org",
    "\t",
    "\u2028",
    "\u202e",
    "\ufeff",
    "\x1b[31m",
    "²",
    "١٢٣",
    "%00",
    "%ff",
    "&#0;",
    "../../etc/passwd",
    LONG_ADDRESS,
    "a@b " * 500,
    "<a" * 2000,
    "a." * 3000,
]
# Markup and template syntax that must come back as text, never run.
MARKUP = [
    "<script>alert('hostile')</script>",
    '"><img src=x onerror=alert("hostile")>',
    "javascript:alert('hostile')",
    "{{ request.user.password }}{% debug %}",
]
SQL_ISH = ["' OR '1'='1", "1; DROP TABLE forum_thread; --", "\\", "%", "_", "1 UNION SELECT NULL --"]
NUMBERS = ["-1", "0", "1.5", "1e309", "NaN", "2147483648", "9223372036854775808", "9" * 40, "0x1A", "+1"]
# Up to a megabyte: each form must refuse these for their length, quickly, before any pattern.
HUGE = [
    unit * (size // len(unit))
    for unit, size in [("a", MEGABYTE), ("a@b ", MEGABYTE), ("<a", MEGABYTE), ("é\n", 200_000), ("x", 10_000)]
]

_SHORT_TEXT = st.one_of(
    st.sampled_from(NASTY + MARKUP + SQL_ISH + NUMBERS),
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=300, max_size=300),
)
TEXT = st.one_of(_SHORT_TEXT, st.sampled_from(HUGE))
# In an address, as long as a request line can be: gunicorn refuses one over 4,094 bytes.
QUERY_TEXT = st.one_of(_SHORT_TEXT, st.just("x" * 4000))


def _field(text):
    """One field as a form sends it: a value, the same name twice or more, or not there at all
    (None)."""
    return st.one_of(text, st.lists(text, min_size=2, max_size=3), st.none())


FIELD = _field(TEXT)


def _without_left_out(data):
    return {name: value for name, value in data.items() if value is not None}


def form_data(valid, most_changed=3):
    """Data for a form: `valid`, with up to `most_changed` of its fields made hostile, sent
    twice or left out, and perhaps a field the form does not have. Starting from valid data
    lets a hostile value in one field reach the code behind a form that accepts the rest; and
    as some examples change nothing, or nothing that matters, some are accepted, to check they
    are stored once."""
    names = st.sampled_from([*valid, "unexpected"])
    how_many = st.integers(min_value=0, max_value=min(most_changed, len(valid)))
    changes = how_many.flatmap(lambda count: st.dictionaries(names, FIELD, min_size=count, max_size=count))
    return changes.map(lambda changed: _without_left_out({**valid, **changed}))


def query(*names):
    """Query parameters: each of `names` hostile, sent twice or left out."""
    return st.fixed_dictionaries({name: _field(QUERY_TEXT) for name in names}).map(_without_left_out)


# Bytes no form sends: invalid UTF-8, UTF-16 surrogates coded as UTF-8 (a lone surrogate), an
# overlong NUL, broken percent signs; as they are, or percent-encoded.
_BAD_BYTES = [b"\xff\xfe", b"\xed\xa0\x80", b"\xc0\x80", b"\x00", b"%", b"%f", b"%zz", b"=", b"&", b";"]
_RAW_VALUE = st.lists(st.one_of(st.sampled_from(_BAD_BYTES), st.binary(max_size=8)), max_size=6).map(b"".join)
_PERCENT_ENCODED = _RAW_VALUE.map(lambda value: "".join(f"%{byte:02X}" for byte in value).encode())


def raw_form(*names):
    """A query string or urlencoded body in bytes, with values no browser would send."""
    pair = st.tuples(st.sampled_from([*names, "x"]), st.one_of(_RAW_VALUE, _PERCENT_ENCODED))
    pairs = st.lists(pair, max_size=4)
    return pairs.map(lambda pairs: b"&".join(name.encode() + b"=" + value for name, value in pairs))


# A form sent in an encoding other than the site's, or one that does not exist.
CHARSETS = st.sampled_from(["", "utf-8", "utf-16", "utf-32", "latin-1", "shift_jis", "no-such-charset"])


def last(value):
    """The value Django reads from a field sent more than once (or once)."""
    return value[-1] if isinstance(value, list) else value


def shows_escaped(response, value):
    """True if `value`, as text, is on the page with its markup escaped."""
    return escape(value) in response.content.decode()


def runs_no_markup(response):
    """True if none of the markup we send comes back as markup."""
    page = response.content.decode()
    return not any(markup in page for markup in MARKUP if markup.startswith(("<", '"')))


class HostileClient:
    """A browser that sends whatever it is given, with the CSRF token a real form carries (in
    the header, so a body we make up needs none). It asserts that every answer is below 500,
    that the CSRF check let the request through, and counts the requests."""

    def __init__(self):
        self.client = Client(enforce_csrf_checks=True)
        self.sent = 0

    def get(self, url, data=None, **extra):
        return self._send(self.client.get, url, data, **extra)

    def post(self, url, data=None, **extra):
        return self._send(self.client.post, url, data, **extra)

    def log_in(self, email, password):
        """Log in through the log-in page, as a person does: unlike `client.force_login`, a
        fresh log-in, so pages that ask for the password again do not ask. Not counted."""
        response = self.client.post(
            reverse("account_login"), {"login": email, "password": password}, HTTP_X_CSRFTOKEN=self._csrf_token()
        )
        assert response.status_code == 302, response.status_code

    def get_raw(self, url, query_string):
        """GET `url` with `query_string`, bytes, exactly as given."""
        return self._send(self.client.get, url, QUERY_STRING=query_string.decode("iso-8859-1"))

    def post_raw(self, url, body, charset=""):
        """POST `body`, bytes, as a urlencoded form declared to be in `charset`."""
        content_type = "application/x-www-form-urlencoded" + (f"; charset={charset}" if charset else "")
        return self._send(self.client.generic, "POST", url, body, content_type=content_type)

    def _csrf_token(self):
        """The token in the CSRF cookie, as a page with a form would have set it (again, after
        logging out cleared the cookies)."""
        cookie = self.client.cookies.get(settings.CSRF_COOKIE_NAME)
        if cookie is None or not cookie.value:
            request = HttpRequest()
            get_token(request)
            self.client.cookies[settings.CSRF_COOKIE_NAME] = request.META["CSRF_COOKIE"]
        return self.client.cookies[settings.CSRF_COOKIE_NAME].value

    def _send(self, method, *args, **extra):
        # Each request from a client address of its own, so that the forms themselves answer,
        # not their limits per address (tests/*/test_address_limits.py test those).
        extra.setdefault("REMOTE_ADDR", str(ipaddress.ip_address("10.0.0.1") + self.sent))
        response = method(*args, HTTP_X_CSRFTOKEN=self._csrf_token(), **extra)
        self.sent += 1
        assert response.status_code < 500, (args[:2], response.status_code)
        assert b"CSRF verification failed" not in response.content, args[:2]
        return response
