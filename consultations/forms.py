"""Forms people fill in: the questionnaire editors build, and the part we add to every one."""

import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import FormBuilder

from core import published
from core.forms import HoneypotForm
from taxonomy.models import Place, Topic

from .models.responses import Channel

EMAIL_MAX_LENGTH = 254


class EmailAddressField(forms.EmailField):
    """An e-mail address, in the site's spelling, with one error at a time.

    Django checks an address twice (its length, then its form), so a long mistyped address got
    two messages; an address too long is just not an address, so it gets the one. Django allows
    320 characters; our address columns hold 254, the most an address can have that mail can be
    sent to."""

    default_error_messages = {"invalid": _("Enter an e-mail address like name@example.org")}

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", EMAIL_MAX_LENGTH)
        super().__init__(**kwargs)

    def run_validators(self, value):
        try:
            super().run_validators(value)
        except ValidationError as error:
            raise ValidationError(self.error_messages["invalid"], code="invalid") from error


class QuestionnaireFormBuilder(FormBuilder):
    """Wagtail's form builder, made fit for asking the public.

    Nothing is answered for anyone: no question starts with a value, and a drop-down starts on a
    blank choice rather than its first option. Inputs suit a phone: a real date picker and a
    number keypad."""

    def get_field_options(self, field):
        options = super().get_field_options(field)
        options["initial"] = None
        options["error_messages"] = {
            "required": _("Answer the question: %(question)s") % {"question": field.label},
            "invalid": _("Check your answer to: %(question)s") % {"question": field.label},
        }
        return options

    def get_formatted_field_initial(self, field):
        return None

    def get_formatted_field_choices(self, field):
        """Each choice as (what is stored, what is shown). On a translated questionnaire the
        stored value is the original's choice in the same place, so results add up."""
        choices = super().get_formatted_field_choices(field)
        original = getattr(field, "original", None)
        if original is None:
            return choices
        stored = super().get_formatted_field_choices(original)
        if len(stored) != len(choices):
            return stored
        return [(value, shown) for (value, _stored), (_value, shown) in zip(stored, choices, strict=True)]

    def create_dropdown_field(self, field, options):
        options["choices"] = [("", _("Choose an answer")), *self.get_formatted_field_choices(field)]
        return forms.ChoiceField(**options)

    def create_email_field(self, field, options):
        return EmailAddressField(**options)

    def create_date_field(self, field, options):
        return forms.DateField(widget=forms.DateInput(attrs={"type": "date"}), **options)

    def create_number_field(self, field, options):
        return forms.DecimalField(widget=forms.NumberInput(attrs={"inputmode": "decimal"}), **options)

    def create_multiline_field(self, field, options):
        return forms.CharField(widget=forms.Textarea(attrs={"rows": 5}), max_length=10_000, **options)

    def create_singleline_field(self, field, options):
        return forms.CharField(max_length=255, **options)


class KeyedInFormBuilder(QuestionnaireFormBuilder):
    """The same questions for staff typing in a paper, event or phone response. Every question
    may be left blank: people leave questions out on paper too, and we store what they wrote."""

    def get_field_options(self, field):
        options = super().get_field_options(field)
        options["required"] = False
        return options


class RespondentForm(HoneypotForm):
    """Added after the questions on every consultation: what a person wants back from us, plus
    the hidden fields that stop double submissions and bots.

    Kept out of the answers on purpose: contact details are stored apart from what people said.
    """

    email = EmailAddressField(
        label=_("Your e-mail address"),
        required=False,
        help_text=_("Only if you want a receipt or to hear what we decided. We will not use it for anything else."),
    )
    send_receipt = forms.BooleanField(label=_("Send me an e-mail receipt with my reference number"), required=False)
    hear_outcome = forms.BooleanField(
        label=_("Tell me what you decide, and what changed"),
        required=False,
        help_text=_("We will also ask you one question: how satisfied you are with how we involved you."),
    )
    # One token per form shown: a second submission of the same form stores nothing new.
    submission_token = forms.UUIDField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("prefix", "respondent")
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("submission_token", uuid.uuid4())

    def clean(self):
        cleaned = super().clean()
        wants_email = cleaned.get("send_receipt") or cleaned.get("hear_outcome")
        # An address that is there but mistyped already has its error: one is enough.
        if wants_email and not cleaned.get("email") and "email" not in self.errors:
            self.add_error("email", _("Enter your e-mail address so we can write to you"))
        return cleaned


class KeyedInResponseForm(forms.Form):
    """What staff record about a paper, event or phone response besides its answers."""

    channel = forms.ChoiceField(
        label=_("How did this response reach us?"),
        choices=[choice for choice in Channel.choices if choice[0] != Channel.ONLINE],
        widget=forms.RadioSelect,
    )
    hear_outcome_email = EmailAddressField(
        label=_("E-mail address to tell about the outcome"),
        required=False,
        help_text=_("Only if the person ticked the box asking to hear what we decide."),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("prefix", "keyed")
        super().__init__(*args, **kwargs)


class FinderForm(forms.Form):
    """The consultation finder's filters: a plain GET form that works without JavaScript."""

    q = forms.CharField(label=_("Search consultations"), required=False, max_length=200)
    stage = forms.ChoiceField(label=_("Stage"), required=False)
    topic = forms.ModelChoiceField(
        label=_("Service"), queryset=None, required=False, to_field_name="slug", empty_label=_("All services")
    )
    place = forms.ModelChoiceField(
        label=_("Place"), queryset=None, required=False, to_field_name="slug", empty_label=_("All places")
    )

    def __init__(self, *args, **kwargs):
        from .models import Stage  # the consultation model imports this module

        super().__init__(*args, **kwargs)
        self.fields["stage"].choices = [("", _("All stages")), *Stage.choices]
        for name, model in (("topic", Topic), ("place", Place)):
            field = self.fields[name]
            field.queryset = model.objects.all()  # what a choice sent is checked against
            # The options drawn, on every view of the finder: from what this process
            # remembers (ConsultationsConfig watches both models), not two queries a view.
            field.widget.choices = [("", field.empty_label), *_choices(model)]


def _choices(model):
    """(slug, name) of every topic or place, in name order, as of the published site's edition."""
    return published.remember(("choices", model._meta.label), lambda: list(model.objects.values_list("slug", "name")))


class OpeningReminderForm(HoneypotForm):
    """ "Tell me when it opens", on a consultation that is coming soon."""

    email = EmailAddressField(
        label=_("Your e-mail address"),
        help_text=_("We will e-mail you once, when this consultation opens, then delete your address."),
        error_messages={"required": _("Enter your e-mail address")},
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("prefix", "reminder")
        super().__init__(*args, **kwargs)
