"""Forms for people's accounts."""

from allauth.account.forms import (
    AddEmailForm,
    ChangePasswordForm,
    LoginForm,
    ReauthenticateForm,
    ResetPasswordForm,
    ResetPasswordKeyForm,
    SignupForm,
)
from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.utils.text import get_text_list
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm

from core.validators import validate_one_line

from .models import User
from .validators import validate_not_an_email_address

# Our user model has no first or last name: staff are known by display name and e-mail.
_ADMIN_FIELDS = ["email", "display_name", "is_superuser", "groups"]


class AdminUserCreationForm(UserCreationForm):
    first_name = None
    last_name = None

    class Meta(UserCreationForm.Meta):
        fields = _ADMIN_FIELDS
        widgets = {"groups": forms.CheckboxSelectMultiple}


class AdminUserEditForm(UserEditForm):
    first_name = None
    last_name = None

    class Meta(UserEditForm.Meta):
        fields = [*_ADMIN_FIELDS, "is_active"]
        widgets = {"groups": forms.CheckboxSelectMultiple}


# Members of the public: allauth's account forms, in plain English and the NHS.UK style.

# Anything with characters on both sides of an "@" would show an address to everyone.
_DISPLAY_NAME_MAX_LENGTH = User._meta.get_field("display_name").max_length
EMAIL_MAX_LENGTH = User._meta.get_field("email").max_length

_EMAIL = {
    "label": _("E-mail address"),
    "required": _("Enter your e-mail address"),
    "invalid": _("Enter an e-mail address in the right format, like name@example.com"),
    "max_length": _("Your e-mail address must be %(limit_value)d characters or fewer"),
}
_NEW_PASSWORD = {
    "label": _("Create a password"),
    "help_text": _("Use 8 characters or more. Do not use a common password, like password123."),
    "required": _("Enter a password"),
}
_NEW_PASSWORD_AGAIN = {"label": _("Type your password again"), "required": _("Type your password again")}
_CURRENT_PASSWORD = {"label": _("Password"), "required": _("Enter your password")}


class DisplayNameField(forms.CharField):
    """The public name a member chooses, with the reason it must not be their e-mail address."""

    default_validators = [validate_one_line, validate_not_an_email_address]

    def __init__(self, **kwargs):
        super().__init__(
            max_length=_DISPLAY_NAME_MAX_LENGTH,
            label=_("Display name"),
            help_text=_(
                "Everyone can see this name next to anything you post. Use a first name or a nickname, "
                "not your e-mail address."
            ),
            error_messages={
                "required": _("Enter a display name"),
                "max_length": _("Your display name must be %(limit_value)d characters or fewer"),
            },
            **kwargs,
        )

    def to_python(self, value):
        """A name that is too long gets that error alone, before any other check reads it."""
        value = super().to_python(value)
        if len(value) > self.max_length:
            raise ValidationError(
                self.error_messages["max_length"], code="max_length", params={"limit_value": self.max_length}
            )
        return value

    def widget_attrs(self, widget):
        # No maxlength: the browser would cut a long name off without saying why.
        attrs = super().widget_attrs(widget)
        attrs.pop("maxlength", None)
        return {**attrs, "autocomplete": "nickname", "spellcheck": "false"}


class PlainFieldsMixin:
    """Puts our labels, hints and error messages on allauth's fields and removes its
    placeholders: NHS.UK forms keep guidance in a hint that stays visible, never in the box.
    `texts` maps a field name to its `label`, `help_text` and error messages by code."""

    texts = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            field.widget.attrs.pop("placeholder", None)
            if isinstance(field, forms.EmailField):
                field.widget.attrs["spellcheck"] = "false"
                # Django allows 320 characters; our address column holds 254, the most that works.
                field.max_length = EMAIL_MAX_LENGTH
                field.validators.append(MaxLengthValidator(EMAIL_MAX_LENGTH))
            if isinstance(field, DisplayNameField):
                continue
            text = dict(self.texts.get(name, {}))
            field.label = text.pop("label", field.label)
            # allauth's own hints are HTML (a list of password rules, a reset link): ours are plain.
            field.help_text = text.pop("help_text", "")
            field.error_messages.update(text)


class MemberSignupForm(PlainFieldsMixin, SignupForm):
    display_name = DisplayNameField()
    field_order = ["email", "display_name", "password1", "password2"]
    texts = {
        "email": {**_EMAIL, "help_text": _("We will send you a link to check it is yours. No one else will see it.")},
        "password1": _NEW_PASSWORD,
        "password2": _NEW_PASSWORD_AGAIN,
        "website": {"label": _("Leave this empty")},
    }


class MemberLoginForm(PlainFieldsMixin, LoginForm):
    texts = {
        "login": _EMAIL,
        "password": _CURRENT_PASSWORD,
        "remember": {
            "label": _("Keep me logged in on this device"),
            "help_text": _("If you are using a shared or public computer, leave this box empty."),
        },
    }


class MemberResetPasswordForm(PlainFieldsMixin, ResetPasswordForm):
    texts = {"email": _EMAIL}


class MemberResetPasswordKeyForm(PlainFieldsMixin, ResetPasswordKeyForm):
    texts = {"password1": _NEW_PASSWORD, "password2": _NEW_PASSWORD_AGAIN}


class MemberChangePasswordForm(PlainFieldsMixin, ChangePasswordForm):
    texts = {
        "oldpassword": {"label": _("Current password"), "required": _("Enter your current password")},
        "password1": {**_NEW_PASSWORD, "label": _("New password")},
        "password2": _NEW_PASSWORD_AGAIN,
    }


class MemberChangeEmailForm(PlainFieldsMixin, AddEmailForm):
    texts = {
        "email": {
            **_EMAIL,
            "label": _("New e-mail address"),
            "help_text": _("We will send a link to the new address. Nothing changes until you select the link."),
        }
    }


class MemberReauthenticateForm(PlainFieldsMixin, ReauthenticateForm):
    texts = {"password": _CURRENT_PASSWORD}


class DisplayNameForm(forms.ModelForm):
    """A member changes the name everyone sees."""

    display_name = DisplayNameField()

    class Meta:
        model = User
        fields = ["display_name"]


class DeleteAccountForm(forms.Form):
    """A member deletes their account, and says what happens to what they made public: their
    forum posts, their published stories (`keepable`: the names of those they have; asked only
    of members who have some). One answer covers them all."""

    REMOVE = "remove"
    KEEP = "keep"

    posts = forms.ChoiceField(
        help_text=_("Other people may have read them or replied to them."),
        choices=[
            (REMOVE, _("Delete them")),
            (KEEP, _("Keep them, with the name “Former member” instead of yours")),
        ],
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, keepable=(), **kwargs):
        super().__init__(*args, **kwargs)
        if not keepable:
            del self.fields["posts"]
            return
        records = get_text_list(list(keepable), _("and"))
        self.fields["posts"].label = _("What should we do with %(records)s?") % {"records": records}
        self.fields["posts"].error_messages["required"] = _("Choose what we should do with %(records)s") % {
            "records": records
        }

    @property
    def keep_posts(self):
        return self.cleaned_data.get("posts") == self.KEEP
