"""A limit per client address on every public form we handle, and the words the 429 page
gives back.

Each form counts its posts in a group of PUBLIC_POST_LIMITS (config/settings/base.py) with
django-ratelimit, per client address (core.client_ip, behind TRUSTED_PROXY_COUNT proxies).
Past the limit, `TooManyPosts` goes to django-ratelimit's middleware, whose RATELIMIT_VIEW
(core.views.too_many_requests) answers with the one 429 page. A view passes the forms the
person filled in, and the page shows their words back under the forms' own labels, so that
they can copy them: nothing they wrote is lost, though nothing is stored. allauth's forms
(sign-up, log-in, passwords, e-mail address) keep allauth's own limits instead (see
ACCOUNT_RATE_LIMITS), which lead to the same page.
"""

import functools

from django import forms
from django.conf import settings
from django.utils.translation import gettext as _
from django_ratelimit.core import is_ratelimited
from django_ratelimit.exceptions import Ratelimited

from .forms import HoneypotForm

HONEYPOT = next(iter(HoneypotForm.base_fields))
# Never shown back: what a person must not see on a screen (passwords) and what they never wrote.
UNSHOWN = ("password", "token", "csrfmiddlewaretoken", HONEYPOT)


class TooManyPosts(Ratelimited):
    def __init__(self, *filled_in, notice=None):
        super().__init__()
        self.filled_in = filled_in
        self.notice = notice


def rate_for(group, request):
    return settings.PUBLIC_POST_LIMITS[group]


def refuse_if_over(request, group, *filled_in, notice=None):
    """Count a POST against this address's limit for `group`; past it, answer with the 429 page,
    showing back what the person wrote in the forms `filled_in`. `notice`, if it gives the name
    of a template, is shown at the top of that page (called first, if it is a function, so that
    it costs nothing until a post is refused)."""
    if request.method == "POST" and is_ratelimited(request, group=group, key="ip", rate=rate_for, increment=True):
        raise TooManyPosts(*filled_in, notice=notice() if callable(notice) else notice)


def limit_posts(group):
    """`refuse_if_over` for a view whose form is not at hand before it runs: the 429 page then
    shows back what was posted, under the fields' names."""

    def decorator(view):
        @functools.wraps(view)
        def limited(request, *args, **kwargs):
            refuse_if_over(request, group)
            return view(request, *args, **kwargs)

        return limited

    return decorator


def words_sent(request, filled_in=()):
    """[(label, text)] of what the person wrote, for the 429 page."""
    if filled_in:
        return [item for form in filled_in for item in _from_form(form)]
    return [
        (name.replace("_", " ").capitalize(), "\n".join(values))
        for name, values in request.POST.lists()
        if not any(word in name for word in UNSHOWN) and any(values) and values != ["on"]  # "on": a box ticked
    ]


def _from_form(form):
    for field in form:
        widget = field.field.widget
        if field.is_hidden or field.name in UNSHOWN or isinstance(widget, forms.PasswordInput):
            continue
        value = field.value()
        if isinstance(widget, forms.CheckboxInput):
            text = _("Yes") if value else ""
        else:
            labels = {str(choice): str(label) for choice, label in getattr(field.field, "choices", ())}
            values = value if isinstance(value, list | tuple) else [value]
            text = "\n".join(labels.get(str(v), str(v)) for v in values if v not in (None, ""))
        if text:
            yield str(field.label), text
