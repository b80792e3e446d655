"""The service changes index's filter."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import ServiceChangeStatus


class ServiceChangeFilterForm(forms.Form):
    """The index page's status filter: a plain GET form that works without JavaScript."""

    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        widget=forms.RadioSelect,
        choices=[("", _("All changes")), *ServiceChangeStatus.choices],
    )
