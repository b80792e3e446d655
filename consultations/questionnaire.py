"""The questionnaire on a consultation page: Wagtail's form builder, made safe for the public.

Answers are accepted only while the consultation is open; each form shown can be stored once;
bots are turned away by a honeypot and a rate limit per address; people who asked get a
receipt, and are told the outcome later. The confirmation offers the equality questions,
which are stored apart from the answers (equality/).
"""

from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from wagtail.contrib.forms.models import FormMixin
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from core import languages
from core.post_limits import refuse_if_over
from equality.offers import make_offer
from notifications.sending import delivery_status

from .forms import KeyedInFormBuilder, QuestionnaireFormBuilder, RespondentForm
from .models.responses import Channel
from .recording import receipt_key, record_response


class QuestionnaireMixin(RoutablePageMixin, FormMixin):
    """Serves a consultation page with its questionnaire, and the confirmation after it."""

    form_builder = QuestionnaireFormBuilder
    keyed_in_form_builder = KeyedInFormBuilder
    # How answers given on this page reached us; another version of the consultation (easy
    # read) records its own channel, and stores its answers with the consultation's.
    answer_channel = Channel.ONLINE

    @property
    def answers_page(self):
        """The consultation whose responses the answers given here join."""
        return self

    def get_submission_class(self):
        from .models import ConsultationResponse

        return ConsultationResponse

    @cached_property
    def responses_page(self):
        """The consultation whose responses are stored and counted: `answers_page`, or the
        original of a translation of it, so answers given in Welsh or Urdu count with the rest."""
        consultation = self.answers_page
        return languages.original(consultation) if consultation is not None else None

    def get_form_fields(self):
        """The questions; on a translation, each knows its original, so a choice made in
        another language is stored as the original's choice, and counts in its results."""
        fields = list(super().get_form_fields())
        original = languages.original(self)
        if original.pk != self.pk:
            originals = {question.clean_name: question for question in original.specific.form_fields.all()}
            for question in fields:
                question.original = originals.get(question.clean_name)
        return fields

    def get_submissions(self):
        responses_page = self.responses_page
        manager = self.get_submission_class()._default_manager
        return manager.filter(page_id=responses_page.pk) if responses_page is not None else manager.none()

    def get_keyed_in_form(self, *args, **kwargs):
        """The questionnaire as staff key in a paper, event or phone response: the same
        questions, built the same way, but any of them may be left blank."""
        form_class = self.keyed_in_form_builder(self.get_form_fields()).get_form_class()
        return form_class(*args, **{**self.get_form_parameters(), **kwargs})

    def get_data_fields(self):
        """Export columns: reference and channel first, then every question. Contact details
        (e-mail questions, and the address given to hear the outcome) are left out unless
        `include_contact` is set."""
        fields = [("reference", _("Reference")), ("channel", _("Channel")), ("submit_time", _("Submitted"))]
        include_contact = getattr(self, "include_contact", False)
        fields += [
            (question.clean_name, question.label)
            for question in self.get_form_fields()
            if include_contact or question.field_type != "email"
        ]
        if include_contact:
            fields.append(("outcome_email", _("E-mail address to tell the outcome")))
        return fields

    def can_answer(self, user):
        return self.answers_page.allow_anonymous or user.is_authenticated

    @path("")
    def questionnaire(self, request):
        if request.method != "POST":
            return self.render_consultation(request)
        consultation = self.answers_page
        if consultation is None or not consultation.is_open:
            message = _("Sorry, this consultation is not open, so we could not accept your answers.")
            return self.render_consultation(request, refused=message, status=403)
        if not self.can_answer(request.user):
            return redirect_to_login(self.url)
        form = self.get_form(request.POST, page=self, user=request.user)
        respondent_form = RespondentForm(request.POST)
        refuse_if_over(request, "consultation-response", form, respondent_form)
        if respondent_form.is_bot:
            return TemplateResponse(request, "consultations/thank_you.html", {"page": consultation, "response": None})
        if not (form.is_valid() and respondent_form.is_valid()):
            return self.render_consultation(request, form=form, respondent_form=respondent_form)

        contact = respondent_form.cleaned_data
        response, created = record_response(
            self.responses_page,
            form.cleaned_data,
            channel=self.answer_channel,
            submission_token=contact["submission_token"],
            # A member's answers go with their account, for their account page and their data.
            respondent=request.user if request.user.is_authenticated else None,
            outcome_email=contact["email"] if contact["hear_outcome"] else "",
            receipt_email=contact["email"] if contact["send_receipt"] else "",
        )
        if created:
            # The confirmation page offers the optional equality questions, once per person.
            make_offer(request, self.responses_page)
        # Post, then redirect: reloading the confirmation page cannot send the answers again.
        confirmation = consultation.url + consultation.reverse_subpage("confirmation", args=[response.reference])
        return redirect(confirmation, permanent=False)

    @path("confirmation/<str:reference>/", name="confirmation")
    def confirmation(self, request, reference):
        response = self.get_submissions().filter(reference=reference).first()
        if response is None:
            raise Http404
        context = {"page": self, "response": response, "receipt": delivery_status(receipt_key(response))}
        return TemplateResponse(request, "consultations/thank_you.html", context)

    def render_consultation(self, request, form=None, respondent_form=None, refused=None, status=200, **extra):
        context = self.get_context(request)
        context.update(extra)
        consultation = self.answers_page
        if consultation is not None and consultation.is_open and self.can_answer(request.user):
            context["form"] = form or self.get_form(page=self, user=request.user)
            context["respondent_form"] = respondent_form or RespondentForm()
        context["refused"] = refused
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def serve_preview(self, request, mode_name):
        if mode_name == "landing":
            return TemplateResponse(request, "consultations/thank_you.html", {"page": self, "response": None})
        return self.render_consultation(request)
