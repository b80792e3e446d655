"""Inviting People Bank members when a consultation opens or an event is published.

The People Bank is one audience of the site's announcements (notifications/announcements.py):
when a page becomes available, `invite_members` e-mails each member it suits, once.

Who is invited: entries that are confirmed (double opt-in done) and not paused, confirmed
before the page was announced (joining later does not bring invitations to what was already
open), that ticked the way of taking part the page offers and whose topics and area match:

- way: a consultation is an online survey (`Way.SURVEYS`), an event is `Way.EVENTS`;
- topic: the page's topic is one the member ticked, or they ticked none ("ask me about every
  topic", as the form says). A page with no topic (an event not part of a consultation) suits
  every topic;
- area: the page's place covers the whole area, or is where the member lives, or the member
  gave only a postcode district and the place lists it (Place.postcode_districts). A member
  whose place covers the whole area, or who gave a district no place lists, hears about every
  place: we cannot tell which is theirs, and missing someone out is worse than one e-mail too
  many. An event's topic and place are its consultation's; one without a consultation suits
  every topic and place.

Each invitation is a row, unique per entry and announcement, written in the same transaction
as its e-mail's notification: running the announcement again, or two workers at once, invites
nobody twice, and an e-mail that fails stays owed and is retried like every other.
"""

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _

from consultations.models import ConsultationPage
from events.models import EventPage
from notifications.sending import queue_email, unsubscribe_headers
from taxonomy.models import Place

from .managing import manage_url, site_url
from .models import Entry, EntryWay, Invitation, Way

UNSUBSCRIBE_SALT = "people_bank.stop_invitations"


def what_it_is(page):
    """(way, topic, place) of a page we invite people to, or None for other pages."""
    if isinstance(page, ConsultationPage):
        return Way.SURVEYS, page.topic, page.place
    if isinstance(page, EventPage):
        consultation = page.consultation
        return Way.EVENTS, getattr(consultation, "topic", None), getattr(consultation, "place", None)
    return None


def members_to_invite(announcement, way, topic, place):
    """Active entries that suit a page with this way, topic and place, not yet invited to it."""
    entries = Entry.objects.active().filter(confirmed_at__lte=announcement.created_at)
    entries = entries.filter(Exists(EntryWay.objects.filter(entry=OuterRef("pk"), way=way)))
    if topic is not None:
        ticked = Entry.topics.through.objects.filter(entry=OuterRef("pk"))
        entries = entries.filter(~Exists(ticked) | Exists(ticked.filter(topic=topic)))
    if place is not None and not place.covers_whole_area:
        listed = {district for other in Place.objects.all() for district in other.districts}
        no_place = Q(place=None)
        entries = entries.filter(
            Q(place=place)
            | Q(place__covers_whole_area=True)
            | (no_place & Q(postcode_district__in=place.districts))
            | (no_place & ~Q(postcode_district__in=listed))
        )
    invited = Invitation.objects.filter(entry=OuterRef("pk"), announcement=announcement)
    return entries.exclude(Exists(invited)).order_by("pk")


def invite_members(announcement, page):
    """The People Bank's audience for an announcement. Returns how many members it invited."""
    found = what_it_is(page)
    if found is None:
        return 0
    way, topic, place = found
    invited = 0
    for entry in members_to_invite(announcement, way, topic, place):
        try:
            with transaction.atomic():
                Invitation.objects.create(entry=entry, announcement=announcement)
                _send(entry, page, announcement)
        except IntegrityError:  # another worker invited them a moment ago
            continue
        invited += 1
    return invited


def _send(entry, page, announcement):
    stop_url = unsubscribe_url(entry)
    is_event = isinstance(page, EventPage)
    subject = _("Come along: %(title)s") if is_event else _("Have your say: %(title)s")
    queue_email(
        key=f"people-bank-invitation:{announcement.pk}:{entry.pk}:{entry.email}",
        to=entry.email,
        subject=subject % {"title": page.title},
        body=render_to_string(
            "people_bank/email/invitation.txt",
            {
                "entry": entry,
                "page": page,
                "is_event": is_event,
                "page_url": page.full_url,
                "unsubscribe_url": stop_url,
                "manage_url": manage_url(entry),
                "days": settings.PEOPLE_BANK_LINK_DAYS,
            },
        ),
        headers=unsubscribe_headers(stop_url),
        # The managing link opens the member's details until it lapses: not kept once sent.
        body_holds_secret=True,
    )


def _signer():
    return signing.Signer(salt=UNSUBSCRIBE_SALT)


def unsubscribe_url(entry):
    """The address that stops an entry's invitations. It never lapses: mail programs keep it."""
    return site_url(reverse("people_bank:stop", args=[_signer().sign(str(entry.pk))]))


def entry_number(token):
    """The number of the entry an unsubscribe link names, or None if it is not one of ours."""
    try:
        return int(_signer().unsign(token))
    except (signing.BadSignature, ValueError):
        return None
