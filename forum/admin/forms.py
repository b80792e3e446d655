"""Forms moderators fill in: the house rule a removed post broke (for one post or many) and
suspending or banning a member."""

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from forum import moderation
from forum.models import ForumPage, HouseRule

REASON_HELP = _("Say which house rule they broke and how. Other moderators will read this; the member will not.")


def live_house_rules():
    """The rules members agree to, as published on the forum page the public sees, in their order."""
    forum = ForumPage.current()
    return forum.house_rules.order_by("sort_order") if forum else HouseRule.objects.none()


class HouseRuleField(forms.ModelChoiceField):
    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("House rule it broke"))
        kwargs.setdefault("empty_label", _("Choose a rule"))
        kwargs.setdefault("error_messages", {"required": _("Choose the house rule the post broke.")})
        super().__init__(queryset=HouseRule.objects.none(), **kwargs)

    def label_from_instance(self, obj):
        return obj.title


class RuleFormMixin:
    """Offers the live forum page's rules, read when the form is made."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["rule"].queryset = live_house_rules()


class RemoveForm(RuleFormMixin, forms.Form):
    rule = HouseRuleField()


class PostIdsField(forms.Field):
    """The ticked posts' ids; cleaned to those still waiting in the queue."""

    widget = forms.MultipleHiddenInput
    default_error_messages = {"required": _("Tick at least one post first.")}

    def to_python(self, value):
        if not value:
            return []
        try:
            return [int(item) for item in value]
        except (TypeError, ValueError) as error:
            raise forms.ValidationError(self.error_messages["required"], code="invalid") from error


class BulkForm(RuleFormMixin, forms.Form):
    APPROVE = "approve"
    DISMISS = "dismiss"
    REMOVE = "remove"

    action = forms.ChoiceField(
        choices=[
            (APPROVE, _("Approve")),
            (DISMISS, _("Dismiss reports")),
            (REMOVE, _("Remove")),
        ]
    )
    posts = PostIdsField()
    rule = HouseRuleField(required=False)

    def clean_posts(self):
        ids = self.cleaned_data["posts"]
        self.missing = len(set(ids)) - moderation.queue().filter(pk__in=ids).count()
        return list(moderation.queue().filter(pk__in=ids))

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("action") == self.REMOVE and not cleaned_data.get("rule"):
            self.add_error("rule", _("Choose the house rule the posts broke."))
        return cleaned_data


class SuspendForm(forms.Form):
    until = forms.DateField(
        label=_("They can post again on"),
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Their posting is paused until the start of this day."),
        error_messages={"required": _("Choose the day they can post again."), "invalid": _("Enter a real date.")},
    )
    reason = forms.CharField(
        label=_("Reason"),
        max_length=250,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=REASON_HELP,
        error_messages={"required": _("Say why you are suspending them.")},
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("prefix", "suspend")
        super().__init__(*args, **kwargs)
        tomorrow = timezone.localdate() + datetime.timedelta(days=1)
        self.fields["until"].widget.attrs["min"] = tomorrow.isoformat()

    def clean_until(self):
        until = self.cleaned_data["until"]
        if until <= timezone.localdate():
            raise forms.ValidationError(_("Choose a day after today."))
        return until

    @property
    def until_datetime(self):
        """Midnight at the start of the chosen day, local time."""
        return timezone.make_aware(datetime.datetime.combine(self.cleaned_data["until"], datetime.time.min))


class BanForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=250,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=REASON_HELP,
        error_messages={"required": _("Say why you are banning them.")},
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("prefix", "ban")
        super().__init__(*args, **kwargs)
