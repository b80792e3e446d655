"""Offering the equality form: once per occasion, without recording whom it was offered to.

A room calls `make_offer(request, occasion)` at the moment something worth counting happens
(a consultation answered, an account confirmed, a People Bank entry confirmed) and shows
`{% equality_offer occasion %}` (templatetags/equality_tags.py) on the page that follows. The
occasion is a consultation page, or an `OccasionKind` for the others.

The token lives only in the person's session and in the link; we keep its hash. Reloading the
page shows the same link, and answering the same consultation again in the same session does
not make a second one, so one person counts once per occasion. Using the link deletes the offer
in the transaction that stores the answers (`accept`), so the link works once.
"""

import datetime
import hashlib
import secrets

from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from .models import AnswerSet, Occasion, OccasionKind, Offer

SESSION_KEY = "equality_offers"
# Long enough to come back to it after a break; short enough that an old session's link lapses.
VALID_FOR = datetime.timedelta(days=14)


def occasion_key(occasion):
    """The name a session knows an occasion by: "page-12" for a consultation, else its kind."""
    if isinstance(occasion, Page):
        return f"page-{occasion.pk}"
    return OccasionKind(occasion).value


def _occasion(occasion):
    if not isinstance(occasion, Page):
        return Occasion.objects.get_or_create(kind=OccasionKind(occasion))[0]
    record, created = Occasion.objects.get_or_create(
        page=occasion, defaults={"kind": OccasionKind.CONSULTATION, "title": occasion.title}
    )
    if not created and record.title != occasion.title:
        record.title = occasion.title
        record.save(update_fields=["title"])
    return record


def _hash(token):
    return hashlib.sha256(token.encode()).hexdigest()


def find_offer(token):
    """The offer this token opens, if it has been neither used nor left to expire."""
    if not token:
        return None
    return Offer.objects.filter(token_hash=_hash(token), expires_on__gte=timezone.localdate()).first()


def make_offer(request, occasion):
    """Offer the form for this occasion in this session, unless an offer for it is waiting."""
    if pending_offer(request, occasion):
        return
    today = timezone.localdate()
    Offer.objects.filter(expires_on__lt=today).delete()  # lapsed offers go as new ones are made
    token = secrets.token_urlsafe(24)
    Offer.objects.create(token_hash=_hash(token), occasion=_occasion(occasion), expires_on=today + VALID_FOR)
    request.session[SESSION_KEY] = {**request.session.get(SESSION_KEY, {}), occasion_key(occasion): token}


def pending_offer(request, occasion):
    """The token waiting in this session for the occasion, while it still works."""
    token = request.session.get(SESSION_KEY, {}).get(occasion_key(occasion))
    if token and find_offer(token) is None:
        forget(request, token)
        return None
    return token


def forget(request, token):
    """Take a used or lapsed token out of the session, so the session does not even show that
    the form was sent."""
    offers = request.session.get(SESSION_KEY, {})
    if token in offers.values():
        request.session[SESSION_KEY] = {key: value for key, value in offers.items() if value != token}


def accept(token, answers):
    """Store one returned form and use up its offer, together. False when the offer has been
    used (perhaps by the same form sent twice at once) or has lapsed."""
    with transaction.atomic():
        offer = find_offer(token)
        if offer is None:
            return False
        used, _by_kind = Offer.objects.filter(pk=offer.pk).delete()
        if not used:
            return False
        AnswerSet.objects.create(occasion_id=offer.occasion_id, month=timezone.localdate().replace(day=1), **answers)
    return True
