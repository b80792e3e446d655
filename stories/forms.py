"""The form for telling a story, and the filters on the list of stories."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import HoneypotForm
from taxonomy.models import Service, Topic

from .models import MAX_TEXT


class StoryForm(HoneypotForm):
    """A member is not asked for their e-mail address: we have it (`for_member`)."""

    service = forms.ModelChoiceField(
        label=_("Which service is your story about?"),
        queryset=Service.objects.all(),
        empty_label=_("Choose a service"),
        error_messages={"required": _("Choose the service your story is about")},
    )
    text = forms.CharField(
        label=_("Your story"),
        max_length=MAX_TEXT,
        help_text=_(
            "Tell us what happened, in your own words: what went well, and what could have been better. "
            "Please do not give names, phone numbers or NHS numbers."
        ),
        widget=forms.Textarea(attrs={"rows": 10}),
        error_messages={
            "required": _("Write your story"),
            "max_length": _("Your story must be %(limit_value)d characters or fewer (it has %(show_value)d)"),
        },
    )
    title = forms.CharField(
        label=_("A title for your story"),
        required=False,
        max_length=120,
        help_text=_("A few words. If you leave it empty, we use the name of the service."),
    )
    topics = forms.ModelMultipleChoiceField(
        label=_("What is your story about?"),
        queryset=Topic.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Tick any that fit. This helps people find your story."),
    )
    shown_name = forms.CharField(
        label=_("The name to show with your story"),
        required=False,
        max_length=60,
        help_text=_("For example, your first name. Leave it empty to stay anonymous."),
    )
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        help_text=_(
            "We send you a link to confirm your story, and tell you when the service answers. We never publish it."
        ),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={"required": _("Enter your e-mail address"), "invalid": _("Enter a real e-mail address")},
    )

    def __init__(self, *args, for_member=False, **kwargs):
        super().__init__(*args, **kwargs)
        if for_member:
            del self.fields["email"]

    def clean_text(self):
        text = self.cleaned_data["text"].strip()
        if not text:
            raise forms.ValidationError(_("Write your story"))
        return text

    @property
    def cleaned(self):
        """The fields `telling.tell` reads, with no e-mail address for a member."""
        return {"email": "", **self.cleaned_data}


class StoryFilters(forms.Form):
    """?service=<slug>&topic=<slug> on the list; anything unknown is ignored."""

    service = forms.ModelChoiceField(
        label=_("Service"),
        queryset=Service.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("All services"),
    )
    topic = forms.ModelChoiceField(
        label=_("Topic"),
        queryset=Topic.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("All topics"),
    )

    def chosen(self):
        """The valid choices; a value that names nothing is left out, not an error."""
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        return {"service": cleaned.get("service"), "topic": cleaned.get("topic")}
