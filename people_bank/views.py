"""The People Bank's public pages: join, check your e-mail, confirm."""

from django.conf import settings
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.views import View

from core.post_limits import refuse_if_over
from equality.models import OccasionKind
from equality.offers import make_offer

from . import joining
from .forms import JoinForm


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
