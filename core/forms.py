"""Form pieces every public form shares."""

from django import forms
from django.utils.translation import gettext_lazy as _


class HoneypotForm(forms.Form):
    """A form with a field only bots fill in. People never see it (core/includes/honeypot.html
    hides it), so a value in it means the sender is not a person.

    The sign-up form is the one public form without it: allauth's own honeypot
    (ACCOUNT_SIGNUP_FORM_HONEYPOT_FIELD, the same "website" field in the same template) stays
    there, because only allauth's sign-up view can answer a bot as if it had signed up while
    making no account, and doing that ourselves would mean copying that view."""

    website = forms.CharField(required=False, label=_("Leave this empty"))

    @property
    def is_bot(self):
        return bool(self.data.get(self.add_prefix("website")))
