"""A member's own account pages. allauth does signing up, logging in and passwords; these
pages show a member what we hold about them and let them change their display name."""

from django.contrib.auth.decorators import login_required
from django.contrib.messages.views import SuccessMessageMixin
from django.urls import reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView, UpdateView

from .forms import DisplayNameForm

# Pages with a member's e-mail address on them must never be stored by a cache or shown again
# from the browser's history on a shared computer.
private = method_decorator([login_required, never_cache], name="dispatch")


@private
class AccountView(TemplateView):
    template_name = "people/account.html"


@private
class DisplayNameView(SuccessMessageMixin, UpdateView):
    form_class = DisplayNameForm
    template_name = "people/display_name.html"
    success_url = reverse_lazy("people:account")
    success_message = _("Your display name is now %(display_name)s.")

    def get_object(self, queryset=None):
        return self.request.user


class LoggedOutView(TemplateView):
    """Where logging out lands: the same for everyone, so it can be cached."""

    template_name = "people/logged_out.html"
