"""The public forms: quick feedback, a suggestion, and the involvement check."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import HoneypotForm
from forum.rules import contains_email_address, contains_nhs_number, contains_phone_number
from taxonomy.models import Service

from .models import Rating, Satisfaction

COMMENT_MAX_LENGTH = 2000
SUGGESTION_MAX_LENGTH = 4000


def refuse_contact_details(text):
    """Quick feedback is anonymous and nobody can reply to it, so words that would let someone
    find the writer (an NHS number, a phone number, an e-mail address) are turned back, with
    the forum's own rules for spotting them. The person keeps what they wrote and can change it."""
    if contains_nhs_number(text) or contains_phone_number(text) or contains_email_address(text):
        raise forms.ValidationError(
            _(
                "Please take out any NHS number, phone number or e-mail address. "
                "We cannot reply to this form, and we do not keep details that say who you are."
            )
        )
    return text


class QuickFeedbackForm(HoneypotForm):
    rating = forms.ChoiceField(
        label=_("Overall, how was your experience of our service?"),
        choices=Rating.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how your experience was")},
    )
    comment = forms.CharField(
        label=_("What was good, or what could be better?"),
        required=False,
        max_length=COMMENT_MAX_LENGTH,
        help_text=_("Please do not give your name or anything that could say who you are."),
        widget=forms.Textarea(attrs={"rows": 5}),
    )

    def clean_comment(self):
        return refuse_contact_details(self.cleaned_data["comment"].strip())


class SuggestionForm(HoneypotForm):
    service = forms.ModelChoiceField(
        label=_("Which service is it about?"),
        queryset=Service.objects.all(),
        required=False,
        empty_label=_("No service in particular"),
    )
    text = forms.CharField(
        label=_("Your suggestion"),
        max_length=SUGGESTION_MAX_LENGTH,
        help_text=_("What could we do better, and how would it help?"),
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": _("Write your suggestion")},
    )
    name = forms.CharField(
        label=_("Your name"),
        required=False,
        max_length=120,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        help_text=_("We use it only to tell you what happens to your suggestion."),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        error_messages={
            "required": _("Give your e-mail address, so we can tell you what happens"),
            "invalid": _("Give an e-mail address like name@example.org"),
        },
    )


class InvolvementForm(HoneypotForm):
    answer = forms.ChoiceField(
        label=_("How satisfied are you with how we involved you?"),
        choices=Satisfaction.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how satisfied you are")},
    )
