"""The People Bank's public pages: join, check your e-mail, confirm, and manage an entry."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from core.post_limits import limit_posts, refuse_if_over
from equality.models import OccasionKind
from equality.offers import make_offer

from . import invitations, joining, keeping, managing
from .forms import AskForLinkForm, EntryFields, JoinForm
from .models import Entry


class JoinView(View):
    """Anyone may join; a member's name and address are filled in for them."""

    template_name = "people_bank/join.html"

    def get(self, request):
        initial = {}
        if request.user.is_authenticated:
            initial = {"name": request.user.display_name, "email": request.user.email}
        return self.page(request, JoinForm(initial=initial))

    def page(self, request, form):
        context = {"form": form, "days": settings.PEOPLE_BANK_UNCONFIRMED_DAYS}
        return render(request, self.template_name, context)

    def post(self, request):
        form = JoinForm(request.POST)
        refuse_if_over(request, "people-bank", form)
        if form.is_bot:
            return redirect("people_bank:check_email")
        if not form.is_valid():
            return self.page(request, form)
        joining.join(request, form.cleaned_data)
        return redirect("people_bank:check_email")


class ConfirmView(View):
    """The page the confirmation e-mail links to. It confirms only on the button's POST: mail
    scanners open every link in an e-mail, and must not join anyone."""

    def get(self, request, token):
        if joining.entry_to_confirm(token) is None:
            return TemplateResponse(request, "people_bank/link_used.html", status=404)
        return TemplateResponse(request, "people_bank/confirm.html")

    def post(self, request, token):
        refuse_if_over(request, "people-bank-link")
        if joining.confirm(token) is None:
            return TemplateResponse(request, "people_bank/link_used.html", status=404)
        make_offer(request, OccasionKind.PEOPLE_BANK)
        return redirect("people_bank:confirmed")


class ManageView(View):
    """Pause, change or leave. `entry()` says whose: the signed link's, or the member's own."""

    template_name = "people_bank/manage.html"

    def entry(self, request, **kwargs):
        return managing.entry_from_link(kwargs["token"])

    def dispatch(self, request, *args, **kwargs):
        self.found = self.entry(request, **kwargs)
        if self.found is None:
            return self.missing(request)
        return super().dispatch(request, *args, **kwargs)

    def missing(self, request):
        return TemplateResponse(request, "people_bank/manage_link_old.html", status=404)

    def page(self, request, form, status=200):
        return TemplateResponse(request, self.template_name, {"entry": self.found, "form": form}, status=status)

    def get(self, request, **kwargs):
        return self.page(request, EntryFields(initial=joining.fields_of(self.found)))

    def post(self, request, **kwargs):
        form = EntryFields(request.POST)
        refuse_if_over(request, "people-bank-link", form)
        action = request.POST.get("action")
        entry = self.found
        if action == "leave":
            entry.delete()
            return redirect("people_bank:left")
        if action in ("pause", "resume"):
            entry.paused = action == "pause"
            entry.last_active_at = timezone.now()
            entry.save(update_fields=["paused", "last_active_at"])
            messages.success(
                request, _("Paused: we will not invite you.") if entry.paused else _("We can invite you again.")
            )
            return redirect(request.path)
        if not form.is_valid():
            return self.page(request, form)
        entry.last_active_at = timezone.now()
        joining.save_fields(entry, form.cleaned_data)
        messages.success(request, _("Your changes are saved."))
        return redirect(request.path)


@method_decorator(never_cache, name="dispatch")  # its leave link is this person's
class KeepView(View):
    """The page the e-mail asking "Do you want to stay?" links to. Opening it only asks, because
    mail scanners open every link; the button keeps the entry."""

    def dispatch(self, request, token):
        self.found = keeping.entry_from_link(token)
        if self.found is None:
            return TemplateResponse(request, "people_bank/manage_link_old.html", status=404)
        return super().dispatch(request, token)

    def get(self, request, token):
        return TemplateResponse(request, "people_bank/keep.html", {"leave_url": managing.manage_url(self.found)})

    def post(self, request, token):
        refuse_if_over(request, "people-bank-keep")
        keeping.keep(self.found)
        return redirect("people_bank:kept")


@method_decorator(login_required, name="dispatch")
class MemberManageView(ManageView):
    def entry(self, request, **kwargs):
        return managing.entry_of_member(request.user) if request.user.is_authenticated else None

    def missing(self, request):
        return redirect("people_bank:join")


class AskForLinkView(View):
    """Someone without an account asks for a link to manage their entry."""

    def get(self, request):
        return render(request, "people_bank/ask_for_link.html", {"form": AskForLinkForm()})

    def post(self, request):
        form = AskForLinkForm(request.POST)
        refuse_if_over(request, "people-bank", form)
        if form.is_bot:
            return redirect("people_bank:link_sent")
        if not form.is_valid():
            return render(request, "people_bank/ask_for_link.html", {"form": form})
        managing.send_link(form.cleaned_data["email"])
        return redirect("people_bank:link_sent")


@csrf_exempt
@never_cache  # one member's page, which changes once they press the button
@require_http_methods(["GET", "POST"])
@limit_posts("people-bank-link")
def stop_invitations(request, token):
    """The unsubscribe link in every invitation: works without logging in, the signed address
    naming the entry. Opening it (GET) only asks, because mail scanners open every link; the
    button, or the mail program's own unsubscribe (RFC 8058 one-click), POSTs without a CSRF
    token, and needs none. Stopping pauses the entry, which its owner can undo."""
    number = invitations.entry_number(token)
    if number is None:
        return TemplateResponse(request, "people_bank/link_used.html", status=404)
    entry = Entry.objects.filter(pk=number).first()
    if entry is None:  # they left: nothing more will come
        return TemplateResponse(request, "people_bank/left.html")
    if request.method == "POST" or entry.paused:
        if not entry.paused:
            entry.paused = True
            entry.last_active_at = timezone.now()
            entry.save(update_fields=["paused", "last_active_at"])
        return TemplateResponse(request, "people_bank/stopped.html")
    return TemplateResponse(request, "people_bank/stop.html")
