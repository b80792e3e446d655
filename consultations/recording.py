"""Storing a response: exactly once, whatever the network, the browser or the mail server do."""

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from notifications.sending import notify

from .models.responses import Channel, ConsultationResponse, ConsultationSubscription, SubscriptionPurpose


def receipt_key(response):
    """The key of the receipt e-mail for a response, if the person asked for one."""
    return f"receipt:{response.reference}"


def record_response(
    page,
    answers,
    *,
    channel=Channel.ONLINE,
    submission_token=None,
    respondent=None,
    keyed_in_by=None,
    outcome_email="",
    receipt_email="",
):
    """Store one response and what the person asked of us. Returns (response, created).

    Questions left blank are not stored: a blank is no answer, and exports and results show it
    as one. A second call with the same submission token (a double click, or back and send again)
    returns the first response instead of storing another. The receipt is only queued: a mail
    server that is down cannot lose the response.
    """
    if submission_token is not None:
        existing = ConsultationResponse.objects.filter(submission_token=submission_token, page=page).first()
        if existing:
            return existing, False
    answers = {name: value for name, value in answers.items() if value not in (None, "", [])}
    try:
        with transaction.atomic():
            response = ConsultationResponse.objects.create(
                page=page,
                form_data=answers,
                channel=channel,
                submission_token=submission_token,
                respondent=respondent,
                keyed_in_by=keyed_in_by,
            )
            if outcome_email:
                ConsultationSubscription.objects.get_or_create(
                    consultation=page,
                    purpose=SubscriptionPurpose.OUTCOME,
                    email=outcome_email.strip().lower(),
                    defaults={"response": response},
                )
    except IntegrityError:
        # The same form, sent twice at the same moment: the other request stored it.
        return ConsultationResponse.objects.get(submission_token=submission_token, page=page), False

    if receipt_email:
        notify(
            key=receipt_key(response),
            to=receipt_email,
            subject=_("Your answers to: %(title)s") % {"title": page.title},
            template="consultations/email/receipt.txt",
            context={"page": page, "response": response, "page_url": page.full_url},
        )
    return response, True
