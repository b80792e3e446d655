"""The public pages: quick feedback on a service (with its published results), a suggestion,
following a suggestion, and the involvement check. None needs an account."""

from django.core.validators import slug_re
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.cache import never_cache

from consultations.models import ConsultationPage
from core import published
from core.post_limits import refuse_if_over
from service_changes.models import ServiceChangePage
from taxonomy.models import Service

from . import involvement, suggestions
from .forms import InvolvementForm, QuickFeedbackForm, SuggestionForm
from .models import Channel, QuickFeedback
from .results import service_results


def index(request):
    return render(request, "feedback/index.html", {"services": Service.objects.select_related("place")})


class ServiceFeedbackView(View):
    """A service's page: the two quick-feedback questions, then what people have told us. The
    poster's short link shows the same page and counts the answer as from a poster."""

    channel = Channel.ONLINE

    def dispatch(self, request, slug):
        self.service = get_object_or_404(Service.objects.select_related("place", "topic"), slug=slug)
        return super().dispatch(request, slug)

    def page(self, request, form):
        months, year = service_results(self.service)
        context = {
            "service": self.service,
            "form": form,
            "months": months,
            "year": year,
            # Where else people can have a say about the service: its consultations, open first.
            "consultations": published.public(ConsultationPage.objects.live())
            .filter(service=self.service)
            .with_stage()
            .order_by("stage_order", "-closes_at"),
            "changes": published.public(ServiceChangePage.objects.live())
            .filter(service=self.service)
            .order_by("-first_published_at"),
        }
        return render(request, "feedback/service.html", context)

    def get(self, request, slug):
        return self.page(request, QuickFeedbackForm())

    def post(self, request, slug):
        form = QuickFeedbackForm(request.POST)
        refuse_if_over(request, "quick-feedback", form)
        thanks = redirect("feedback:thanks", slug=self.service.slug)
        if form.is_bot:
            return thanks
        if not form.is_valid():
            return self.page(request, form)
        QuickFeedback.objects.create(
            service=self.service,
            rating=form.cleaned_data["rating"],
            comment=form.cleaned_data["comment"],
            given_on=timezone.localdate(),
            channel=self.channel,
        )
        return thanks


class PosterFeedbackView(ServiceFeedbackView):
    channel = Channel.POSTER


def thanks(request, slug):
    service = get_object_or_404(Service, slug=slug)
    return render(request, "feedback/thanks.html", {"service": service})


class SuggestView(View):
    template_name = "feedback/suggest.html"

    def get(self, request):
        """`?service=<slug>` (from a service's page) chooses that service for the person."""
        slug = request.GET.get("service", "")
        service = Service.objects.filter(slug=slug).first() if slug_re.match(slug) else None
        return render(request, self.template_name, {"form": SuggestionForm(initial={"service": service})})

    def post(self, request):
        form = SuggestionForm(request.POST)
        refuse_if_over(request, "suggestion", form)
        if form.is_bot:
            return redirect("feedback:suggestion_sent")
        if not form.is_valid():
            return render(request, self.template_name, {"form": form})
        suggestions.receive(form.cleaned_data)
        return redirect("feedback:suggestion_sent")


@never_cache
def suggestion_status(request, token):
    """The private page where someone follows their suggestion. Never kept in any cache: it is
    one person's."""
    suggestion = suggestions.suggestion_from_link(token)
    if suggestion is None:
        return TemplateResponse(request, "feedback/suggestion_link_old.html", status=404)
    context = {"suggestion": suggestion, "changes": suggestion.changes.all()}
    return render(request, "feedback/suggestion_status.html", context)


@method_decorator(never_cache, name="dispatch")
class InvolvementView(View):
    """The one question about how we involved someone, from the link in their e-mail. Once
    answered, the link shows the thanks."""

    template_name = "feedback/involvement.html"

    def dispatch(self, request, token):
        found = involvement.read_link(token)
        if found is None:
            return TemplateResponse(request, "feedback/involvement_link_old.html", status=404)
        consultation_id, self.ticket = found
        self.consultation = ConsultationPage.objects.filter(pk=consultation_id).first()
        if self.consultation is None:
            raise Http404
        if involvement.already_answered(self.ticket):
            return render(request, "feedback/involvement_thanks.html", {"consultation": self.consultation})
        return super().dispatch(request, token)

    def page(self, request, form):
        return render(request, self.template_name, {"consultation": self.consultation, "form": form})

    def get(self, request, token):
        return self.page(request, InvolvementForm())

    def post(self, request, token):
        form = InvolvementForm(request.POST)
        refuse_if_over(request, "involvement", form)
        if form.is_bot:
            return redirect(reverse("feedback:involvement", args=[token]))
        if not form.is_valid():
            return self.page(request, form)
        involvement.record(self.consultation.pk, self.ticket, form.cleaned_data["answer"])
        return redirect(reverse("feedback:involvement", args=[token]))
