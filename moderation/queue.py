"""The one moderation queue, and the rooms that put items in it.

Each room whose words wait for a moderator (forum posts, patient stories) registers a
`QueueRoom` when its app is ready. The queue page (the forum's admin view, Moderation in the
admin menu) shows every room's urgent items first, together in one Urgent section, because
someone may be at risk; then each room's other items in a section of their own. Each room
renders its items from its own template with its own buttons; the menu counts them all, and
the half-hourly e-mail (moderation/notifying.py) covers them all. This app imports no room."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class QueueRoom:
    """`waiting()` is the room's queryset of waiting items, annotated with `is_urgent`
    (moderation.decisions.with_urgency) and in the order to show them; `context(request,
    items)` makes the items ready to show and returns what `template` needs, as `section`
    (with `items`), beside `here` (the queue's address, to come back to).
    `may_moderate(user)` says who sees them, `moderators()` who is e-mailed about them."""

    key: str
    heading: str
    waiting: Callable[[], Any]
    context: Callable[[Any, list], dict]
    template: str
    may_moderate: Callable[[Any], bool]
    moderators: Callable[[], Any]
    order: int = 100


_rooms = {}


def register(room):
    _rooms[room.key] = room


def rooms():
    return sorted(_rooms.values(), key=lambda room: room.order)


def rooms_for(user):
    """The rooms whose waiting items `user` may decide on, in order."""
    return [room for room in rooms() if room.may_moderate(user)]


def waiting_count(user):
    """How many items wait for `user`, from every room they moderate."""
    return sum(room.waiting().count() for room in rooms_for(user))


def sections(request, *, urgent, rooms):
    """What the queue page shows of `rooms`: their urgent items, or the rest."""
    found = []
    for room in rooms:
        items = list(room.waiting().filter(is_urgent=urgent))
        if items:
            found.append({"room": room, **room.context(request, items)})
    return found
