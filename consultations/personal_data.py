"""What the engagement cycle holds about a member, for the personal data registry
(people/personal_data.py) and for retention (people/retention.py).

- Answers linked to their account: every answer a member sends while logged in.
  Answers are part of what people told us, and the consultation's report counts them, so an
  erasure keeps the answers but takes off the person: the link to the account, answers to
  e-mail questions, and the address given to hear the outcome.
- Requests to be e-mailed when a consultation opens or when we decide, kept by e-mail address.
- On the account page: the consultations they answered, and what we decided after each.

Retention takes off the same contact details from every response, linked to an account or
not, once its consultation closed longer ago than SURVEY_CONTACT_DETAILS_DAYS, as the privacy
notice says.
"""

from collections import defaultdict
from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from people.personal_data import Contribution, Holding, Link, TakingPart, moment, register
from people.retention import Rule
from people.retention import register as register_rule

from .models import ConsultationPage, ConsultationQuestion, ConsultationResponse, ConsultationSubscription

LATEST = 5


def responses_of(person):
    responses = (
        ConsultationResponse.objects.filter(respondent=person.user).select_related("page").order_by("submit_time")
    )
    records = []
    for response in responses:
        labels = {question.clean_name: question.label for question in response.page.specific.get_form_fields()}
        records.append(
            {
                _("consultation"): response.page.title,
                _("your reference"): response.reference,
                _("sent"): moment(response.submit_time),
                _("how"): response.get_channel_display(),
                _("answers"): {labels.get(name, name): value for name, value in response.form_data.items()},
            }
        )
    return records


def _email_questions(responses):
    """{page id: clean names of its e-mail questions}, for the pages of these responses."""
    questions = ConsultationQuestion.objects.filter(field_type="email", page__in=responses.values("page"))
    by_page = defaultdict(set)
    for page_id, name in questions.values_list("page_id", "clean_name"):
        by_page[page_id].add(name)
    return by_page


def remove_contact_details(responses):
    """Take the person off each response and keep their answers: no link to an account, no
    answer to an e-mail question, no address to tell the outcome. Returns how many changed."""
    email_questions = _email_questions(responses)
    has_contact = Q(respondent__isnull=False) | Q(outcome_subscription__isnull=False)
    for page_id, names in email_questions.items():
        has_contact |= Q(page_id=page_id, form_data__has_any_keys=sorted(names))
    changed = 0
    for response in responses.filter(has_contact):
        contact = email_questions.get(response.page_id, set())
        ConsultationSubscription.objects.filter(response=response).delete()
        response.respondent = None
        response.form_data = {name: value for name, value in response.form_data.items() if name not in contact}
        response.save(update_fields=["respondent", "form_data"])
        changed += 1
    return changed


def erase_responses(person):
    return remove_contact_details(ConsultationResponse.objects.filter(respondent=person.user))


def subscriptions_of(person):
    subscriptions = (
        ConsultationSubscription.objects.filter(email__in=person.addresses)
        .select_related("consultation")
        .order_by("created_at")
    )
    return [
        {
            _("consultation"): subscription.consultation.title,
            _("what we will e-mail you about"): subscription.get_purpose_display(),
            _("e-mail address"): subscription.email,
            _("asked"): moment(subscription.created_at),
        }
        for subscription in subscriptions
    ]


def erase_subscriptions(person):
    return ConsultationSubscription.objects.filter(email__in=person.addresses).delete()[0]


def consultations_answered(person):
    """Each consultation the member answered, with what we decided after it."""
    responses = (
        ConsultationResponse.objects.filter(respondent=person.user).select_related("page").order_by("-submit_time")
    )
    return [
        TakingPart(
            heading=_("Consultations you answered"),
            contributions=[_contribution(response) for response in responses[:LATEST]],
            total=responses.count(),
        )
    ]


def _contribution(response):
    consultation = response.page.specific
    outcome = consultation.live_outcome
    if outcome is not None:
        decided = Link(_("What we did: %(title)s") % {"title": outcome.title}, outcome.url)
    elif consultation.outcome_expected:
        decided = Link(
            _("We have not decided yet. We expect to decide %(when)s.") % {"when": consultation.outcome_expected}
        )
    else:
        decided = Link(_("We have not decided yet."))
    return Contribution(
        title=consultation.title,
        url=consultation.url if consultation.live else None,
        when=response.submit_time,
        note=_("Your reference: %(reference)s") % {"reference": response.reference},
        outcome=decided,
    )


def purge_survey_contact_details(now):
    """Contact details given with answers, once the consultation closed long enough ago."""
    closed_before = now - timedelta(days=settings.SURVEY_CONTACT_DETAILS_DAYS)
    closed = ConsultationPage.objects.filter(closes_at__lt=closed_before)
    responses = remove_contact_details(ConsultationResponse.objects.filter(page__in=closed))
    requests = ConsultationSubscription.objects.filter(consultation__in=closed).delete()[0]
    return {
        _("survey answers whose contact details we removed"): responses,
        _("requests to hear about a consultation that closed long ago"): requests,
    }


def register_holdings():
    register(
        Holding(
            name="consultation_responses",
            title=gettext_lazy("Your answers to consultations"),
            description=gettext_lazy(
                "Answers you gave while logged in. We cannot tell which answers you gave without logging in."
            ),
            when_erased=gettext_lazy(
                "We keep your answers, because they are part of what people told us. We take off the link to your "
                "account, and your e-mail address if you gave it."
            ),
            records=responses_of,
            erase=erase_responses,
            taking_part=consultations_answered,
            order=20,
        )
    )
    register(
        Holding(
            name="consultation_emails",
            title=gettext_lazy("Consultations you asked us to e-mail you about"),
            description=gettext_lazy("When you asked us to tell you that a consultation opens, or what we decided."),
            records=subscriptions_of,
            erase=erase_subscriptions,
            order=21,
        )
    )
    register_rule(Rule(name="survey_contact_details", purge=purge_survey_contact_details))
