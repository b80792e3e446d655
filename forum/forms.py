"""The forms members fill in. Length limits come with messages that say what to do."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core import published
from core.converters import LARGEST_ID
from core.forms import HoneypotForm
from core.validators import validate_one_line

from .models import Category, ReportReason
from .models.thread import TITLE_MAX_LENGTH

TEXT_MAX_LENGTH = 3000  # django-comments' own column limit
TEXT_MIN_LENGTH = 2
TITLE_MIN_LENGTH = 5


def post_text_field(label, help_text=""):
    return forms.CharField(
        label=label,
        help_text=help_text,
        min_length=TEXT_MIN_LENGTH,
        max_length=TEXT_MAX_LENGTH,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={
            "required": _("Please write your post"),
            "min_length": _("Your post is too short. Please write a little more"),
            "max_length": _(
                "Your post must be %(limit_value)d characters or fewer. It has %(show_value)d. "
                "You could split it into two posts"
            ),
        },
    )


class ThreadForm(HoneypotForm):
    title = forms.CharField(
        label=_("Title"),
        help_text=_("A short question or subject, so people know what the conversation is about."),
        min_length=TITLE_MIN_LENGTH,
        max_length=TITLE_MAX_LENGTH,
        validators=[validate_one_line],
        error_messages={
            "required": _("Please give your conversation a title"),
            "min_length": _("Your title is too short. Please use at least %(limit_value)d characters"),
            "max_length": _("Your title must be %(limit_value)d characters or fewer. It has %(show_value)d"),
        },
    )
    category = forms.ModelChoiceField(
        label=_("Which part of the forum does it belong in?"),
        queryset=Category.objects.all(),
        widget=forms.RadioSelect,
        empty_label=None,
        error_messages={"required": _("Please choose where your conversation belongs")},
    )
    text = post_text_field(
        _("Your post"),
        _("Do not include anyone's NHS number, phone number, address or health details."),
    )
    about = forms.ModelChoiceField(
        label=_("Is it about a consultation or a change to a service?"),
        queryset=None,
        required=False,
        empty_label=_("No, something else"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["about"].queryset = pages_a_thread_can_be_about()


class StartThreadLinkForm(forms.Form):
    """What a link to start a conversation may choose in advance: its category (by slug) and the
    page it is about (by id). A value that could not be either, from an edited address, is left
    out, and the person chooses on the form as usual."""

    category = forms.SlugField(required=False)
    about = forms.IntegerField(required=False, min_value=1, max_value=LARGEST_ID)

    def thread_form_initial(self):
        """Initial values for ThreadForm."""
        self.is_valid()
        chosen = self.cleaned_data
        return {
            "category": Category.objects.filter(slug=chosen.get("category") or None).first(),
            "about": pages_a_thread_can_be_about().filter(pk=chosen.get("about")).first(),
        }


def pages_a_thread_can_be_about():
    from wagtail.models import Page

    from consultations.models import ConsultationPage
    from service_changes.models import ServiceChangePage

    return published.public(Page.objects.live()).type(ConsultationPage, ServiceChangePage).order_by("title")


class ReplyForm(HoneypotForm):
    text = post_text_field(_("Your reply"), _("Please keep personal and health details out of your reply."))


class EditForm(forms.Form):
    text = post_text_field(_("Your post"))


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("What is wrong with this post?"),
        choices=ReportReason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Please choose what is wrong with the post")},
    )
    details = forms.CharField(
        label=_("Anything else the moderator should know"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"max_length": _("Please keep this to %(limit_value)d characters or fewer")},
    )
