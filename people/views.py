"""A member's own account pages. allauth does signing up, logging in and passwords; these
pages show a member what we hold about them and let them change their display name."""

from http import HTTPStatus
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.messages.views import SuccessMessageMixin
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView, UpdateView, View

from core.page_cache import forget_all_pages

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

    def form_valid(self, form):
        # Their name is on their forum posts, wherever those show.
        if "display_name" in form.changed_data:
            forget_all_pages()
        return super().form_valid(form)


class LoggedOutView(TemplateView):
    """Where logging out lands: the same for everyone, so it can be cached."""

    template_name = "people/logged_out.html"


@method_decorator(never_cache, name="dispatch")
class AdminLoginView(View):
    """Stands in for Wagtail's own log-in form, which has none of allauth's limits: everyone
    logs in on the one page, so one lock-out holds everywhere. A member without admin access
    who is already logged in is told so here, instead of being sent round in a loop."""

    http_method_names = ["get", "post", "head"]

    def dispatch(self, request, *args, **kwargs):
        next_url = request.GET.get("next", "")
        if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure()):
            next_url = reverse("wagtailadmin_home")
        if not request.user.is_authenticated:
            return redirect(f"{reverse('account_login')}?{urlencode({'next': next_url})}")
        if request.user.has_perm("wagtailadmin.access_admin"):
            return redirect(next_url)
        # Wagtail's own note ("no permission to access the admin") says less than this page.
        messages.get_messages(request).used = True
        return render(request, "people/no_admin_access.html", status=HTTPStatus.FORBIDDEN)
