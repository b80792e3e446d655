"""A member's own account pages. allauth does signing up, logging in and passwords; these
pages show a member what we hold about them and what they took part in, let them change their
display name, download their data and delete their account."""

import logging
from http import HTTPStatus
from urllib.parse import urlencode

from allauth.account.decorators import reauthentication_required
from allauth.core.exceptions import ReauthenticationRequired
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.contrib.messages.views import SuccessMessageMixin
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView, UpdateView, View

from core.page_cache import forget_all_pages
from core.post_limits import limit_posts

from . import download
from .account_sections import sections_for
from .forms import DeleteAccountForm, DisplayNameForm
from .personal_data import Person, erase_person, holdings, keepable_records, taking_part_of

logger = logging.getLogger(__name__)

# Pages with a member's e-mail address on them must never be stored by a cache or shown again
# from the browser's history on a shared computer.
private = method_decorator([login_required, never_cache], name="dispatch")
# Pages that give out or destroy everything about a member first ask for their password again
# (allauth's reauthentication), unless they gave it in the last few minutes: someone who finds
# a logged-in computer cannot take or delete it all.
password_again = method_decorator(reauthentication_required, name="dispatch")


def gave_password_recently(request):
    """allauth's own test of `reauthentication_required`, without its detour to the password page."""
    try:
        reauthentication_required(lambda request: None)(request)
    except ReauthenticationRequired:
        return False
    return True


@private
class AccountView(TemplateView):
    template_name = "people/account.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            taking_part=taking_part_of(Person.of(self.request.user)), sections=sections_for(self.request), **kwargs
        )


@private
@password_again
class YourDataView(TemplateView):
    """What the download holds, and the button for it."""

    template_name = "people/your_data.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(holdings=holdings(), **kwargs)


@private
class DownloadView(View):
    """The file itself. Past the password's few minutes it sends the member back to the page
    before, which asks for it: a download started from the password page would leave them
    looking at that page."""

    http_method_names = ["post"]

    def post(self, request):
        if not gave_password_recently(request):
            return redirect("people:your_data")
        content = download.data_file(Person.of(request.user))
        logger.info("Personal data downloaded: user=%s", request.user.pk)
        response = HttpResponse(content, content_type="application/zip")
        response["Content-Disposition"] = f'attachment; filename="{download.file_name()}"'
        return response


@private
@password_again
class DeleteAccountView(FormView):
    template_name = "people/delete_account.html"
    form_class = DeleteAccountForm

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_member_of_the_public:
            return render(request, "people/staff_account.html", status=HTTPStatus.FORBIDDEN)
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        keepable = keepable_records(Person.of(self.request.user))
        return {**super().get_form_kwargs(), "keepable": keepable}

    def get_context_data(self, **kwargs):
        return super().get_context_data(holdings=holdings(), **kwargs)

    def form_valid(self, form):
        user = self.request.user
        erase_person(Person.of(user, keep_posts=form.keep_posts))
        logout(self.request)
        return redirect("people:account_deleted")


class AccountDeletedView(TemplateView):
    """Where deleting an account lands: the same for everyone, so it can be cached."""

    template_name = "people/account_deleted.html"


@private
@method_decorator(limit_posts("display-name"), name="post")
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
