"""Forms for people's accounts."""

from django import forms
from wagtail.users.forms import UserCreationForm, UserEditForm

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
