"""The form people fill in to join the People Bank (and, later, to change their entry)."""

import re

import phonenumbers
from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import HoneypotForm
from taxonomy.models import Place, Topic

from . import consent
from .models import Format, Way

# The first half of a UK postcode (outward code), such as "KM1" or "SW1A".
POSTCODE_DISTRICT = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?$")


class EntryFields(forms.Form):
    """What an entry holds that its owner can change."""

    name = forms.CharField(label=_("Your name"), max_length=120)
    phone = forms.CharField(
        label=_("Phone number"),
        required=False,
        max_length=30,
        help_text=_("Only if you would like us to phone you."),
        widget=forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
    )
    place = forms.ModelChoiceField(
        label=_("Where you live"),
        queryset=Place.objects.all(),
        required=False,
        empty_label=_("Choose a place"),
        help_text=_("Choose a place, or give the first half of your postcode below."),
    )
    postcode_district = forms.CharField(
        label=_("First half of your postcode"),
        required=False,
        max_length=8,
        help_text=_("For example, KM1. You do not need to give this if you chose a place."),
        widget=forms.TextInput(attrs={"class": "nhsuk-input--width-5", "autocomplete": "off"}),
    )
    topics = forms.ModelMultipleChoiceField(
        label=_("What would you like to help with?"),
        queryset=Topic.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Tick all that interest you. If you tick none, we will ask you about every topic."),
    )
    ways = forms.MultipleChoiceField(
        label=_("How would you like to take part?"),
        choices=Way.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Tick all you would like."),
        error_messages={"required": _("Tick at least one way to take part")},
    )
    access_needs = forms.CharField(
        label=_("Anything that would help you take part"),
        required=False,
        max_length=1000,
        help_text=_("For example, a hearing loop, step-free access or a carer coming with you."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    preferred_format = forms.ChoiceField(
        label=_("How would you like to get information from us?"),
        choices=Format.choices,
        initial=Format.STANDARD,
        widget=forms.RadioSelect,
    )
    language = forms.CharField(
        label=_("Language you would like us to use"),
        required=False,
        max_length=60,
        help_text=_("Leave empty for English."),
    )

    def clean_phone(self):
        text = self.cleaned_data["phone"].strip()
        if not text:
            return ""
        try:
            number = phonenumbers.parse(text, "GB")
        except phonenumbers.NumberParseException:
            number = None
        if number is None or not phonenumbers.is_valid_number(number):
            raise forms.ValidationError(_("Enter a phone number, like 0113 496 0000"))
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)

    def clean_postcode_district(self):
        district = re.sub(r"\s+", "", self.cleaned_data["postcode_district"]).upper()
        if district and not POSTCODE_DISTRICT.match(district):
            raise forms.ValidationError(_("Enter the first half of a postcode, like KM1"))
        return district

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("place") and not cleaned.get("postcode_district") and "postcode_district" not in self.errors:
            self.add_error("place", _("Choose a place, or give the first half of your postcode"))
        return cleaned


class JoinForm(HoneypotForm, EntryFields):
    """Joining: the entry's fields, the e-mail address we confirm, and consent."""

    field_order = ["name", "email"]

    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        help_text=_("We will send you a link to check it is yours."),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    consent = forms.BooleanField(
        label=consent.WORDING,
        error_messages={"required": _("Tick the box to say you agree, so that we can keep your details")},
    )

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()


class AskForLinkForm(HoneypotForm):
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        help_text=_("The address you joined with."),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
