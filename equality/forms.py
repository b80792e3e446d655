"""The equality form people fill in, and the form editors enter the local population in."""

from collections import Counter
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .questions import QUESTIONS


class EqualityForm(forms.Form):
    """Every question may be left out or answered "Prefer not to say". Nothing is kept unless
    the person ticks the box to agree: some answers (ethnic group, religion, health, sexual
    orientation) are special category data, which we use only with explicit consent."""

    consent = forms.BooleanField(
        label=_(
            "I agree that you can keep these answers to check who takes part. I understand that once I send "
            "them, you cannot find them to change or delete them, because you will not know they are mine."
        ),
        error_messages={
            "required": _("Tick the box to say you agree, or leave this page if you do not want to send answers")
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        questions = {
            question.name: forms.ChoiceField(
                label=question.label,
                help_text=question.hint,
                choices=question.form_choices(),
                widget=forms.RadioSelect,
                required=False,
            )
            for question in QUESTIONS
        }
        # The questions first, and the box to agree last, just above the button.
        self.fields = {**questions, "consent": self.fields["consent"]}

    def clean(self):
        cleaned_data = super().clean()
        if not any(cleaned_data.get(question.name) for question in QUESTIONS):
            message = _("Answer at least one question. You can choose “Prefer not to say” for any of them.")
            self.add_error(QUESTIONS[0].name, message)
        return cleaned_data

    @property
    def answers(self):
        return {question.name: self.cleaned_data.get(question.name, "") for question in QUESTIONS}


class LocalPopulationForm(WagtailAdminModelForm):
    """No question's shares may add up to more than the whole population. (Django's own check
    of the unique constraint refuses a group given twice.)"""

    def clean(self):
        cleaned_data = super().clean()
        shares = self.formsets["shares"]
        if not shares.is_valid():
            return cleaned_data
        totals = Counter()
        for form in shares.forms:
            if not form.cleaned_data or form in shares.deleted_forms:
                continue
            question, _colon, answer = form.cleaned_data["group"].partition(":")
            if not _is_broad_group(question, answer):  # a broad group's share overlaps its members'
                totals[question] += form.cleaned_data["percent"]
        topics = {question.name: question.topic for question in QUESTIONS}
        for question, total in totals.items():
            if total > Decimal(100):
                raise ValidationError(
                    _("The shares for “%(topic)s” add up to %(total)s%%. They cannot be more than 100%%.")
                    % {"topic": topics[question], "total": total}
                )
        return cleaned_data


def _is_broad_group(question_name, answer):
    return any(question.name == question_name and answer in {g.code for g in question.groups} for question in QUESTIONS)
