"""What the site holds about a member, room by room: the one list that "Download your data",
"Delete your account" and the account page's "What you have taken part in" all read.

Personal data lives in a few known places, and each room says what it keeps about a person,
so a download is complete and an erasure leaves nothing behind. People knows no room (rooms
sit above it): a room joins by registering a `Holding` when its app is ready, as
`forum/personal_data.py` does:

    # in the room's AppConfig.ready()
    from people.personal_data import Holding, register

    register(
        Holding(
            name="forum_posts",             # its file in the download: forum_posts.csv
            title=_("Your forum posts"),    # what the person reads about it
            description=_("Everything you wrote in the forum."),
            when_erased=_("You choose: ..."),  # what deleting the account does to it
            records=posts_of,               # person -> a list of flat dicts, one per record
            erase=erase_posts,              # person -> how many records it deleted or changed
            taking_part=conversations_of,   # optional: person -> a list of TakingPart groups
            has_keepable=has_posts,         # optional: person -> whether to ask "keep or delete?"
            keepable=_("your forum posts"), # with has_keepable: what that question calls them
            order=40,                       # where it comes in the download (account first)
        )
    )

A People Bank entry joins the same way (its records, an erase that deletes the entry and its
consents), and then appears in the download, on the delete page and in the erasure checks.

`person` is a `Person`: the user, the e-mail addresses they have proved are theirs, and, when
erasing, what they chose for their forum posts. Read it, never `user.email` alone: a member
may have had other addresses, and an address they have not confirmed may be someone else's.

Erasure runs the holdings in the reverse of their order, so the account itself (order 0)
goes last and every other room still finds the person. An erase function must leave nothing
that points to the person, by id or by address: `tests/people/test_erasure.py` checks every
table. Retention (deleting what we keep for a limited time) has its own registry,
`people/retention.py`.

The notifications app sits below people, so people registers the e-mails we sent for it
(`people/account_data.py`).
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from allauth.account.models import EmailAddress
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy

from .models import ErasureRecord

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Person:
    """Whom a download or erasure is about: read once, before anything is erased."""

    user: Any
    addresses: frozenset = frozenset()
    unconfirmed_addresses: frozenset = frozenset()
    keep_posts: bool = True

    @classmethod
    def of(cls, user, keep_posts=True):
        emails = EmailAddress.objects.filter(user=user).values_list("email", "verified")
        confirmed = {email.lower() for email, verified in emails if verified}
        unconfirmed = {email.lower() for email, verified in emails if not verified} | {user.email.lower()}
        return cls(
            user=user,
            addresses=frozenset(confirmed),
            unconfirmed_addresses=frozenset(unconfirmed - confirmed),
            keep_posts=keep_posts,
        )


@dataclass(frozen=True)
class Link:
    text: str
    url: str | None = None


@dataclass(frozen=True)
class Contribution:
    """One thing a member did, as their account page lists it."""

    title: str
    url: str | None
    when: Any
    note: str = ""
    outcome: Link | None = None


@dataclass(frozen=True)
class TakingPart:
    """A group of contributions under one heading: the latest few and how many in all."""

    heading: str
    contributions: list
    total: int


WE_DELETE_THEM = gettext_lazy("We delete them.")


@dataclass(frozen=True)
class Holding:
    """One kind of record a room keeps about a person."""

    name: str
    title: str
    records: Callable[[Person], list]
    erase: Callable[[Person], int]
    taking_part: Callable[[Person], list] | None = None
    order: int = 50
    description: str = ""
    when_erased: str = WE_DELETE_THEM
    # For records the person may keep public after they leave (forum posts, published stories):
    # whether they have any, so the delete page asks what to do with them (`Person.keep_posts`),
    # and what the question calls them ("your forum posts").
    has_keepable: Callable[[Person], bool] | None = None
    keepable: str = ""


def moment(value):
    """A date and time in a record: ISO 8601 in UK time, which spreadsheets and programs read."""
    return timezone.localtime(value).isoformat(timespec="seconds") if value else ""


_holdings: dict[str, Holding] = {}


def register(holding):
    """Add a room's holding. Registering the same name again replaces it (apps' ready() may run
    more than once in tests)."""
    _holdings[holding.name] = holding


def holdings():
    return sorted(_holdings.values(), key=lambda holding: (holding.order, holding.name))


def records_of(person):
    """Every record of every kind: [(holding, records)], in the download's order."""
    return [(holding, list(holding.records(person))) for holding in holdings()]


def keepable_records(person):
    """What deleting the account asks about, keep or delete: the names of the kinds of public
    record the person has ("your forum posts", "your published stories"); empty: nothing to ask.
    One answer covers them all."""
    return [holding.keepable for holding in holdings() if holding.has_keepable and holding.has_keepable(person)]


def taking_part_of(person):
    """What the member took part in, grouped, for their account page."""
    groups = []
    for holding in holdings():
        if holding.taking_part is not None:
            groups += [group for group in holding.taking_part(person) if group.total]
    return groups


def erase_person(person, reason=ErasureRecord.Reason.REQUEST):
    """Erase everything every room holds about `person`, in one transaction: all of it goes or
    none. Returns {holding name: count}. Records that it happened, when and why, with nothing
    that could tell whom (`ErasureRecord`)."""
    posts = ErasureRecord.Posts.KEPT if person.keep_posts else ErasureRecord.Posts.REMOVED
    counts = {}
    with transaction.atomic():
        for holding in reversed(holdings()):
            counts[holding.name] = holding.erase(person)
        ErasureRecord.objects.create(reason=reason, posts=posts)
    logger.info("Account erased: reason=%s posts=%s", reason, posts)
    return counts
