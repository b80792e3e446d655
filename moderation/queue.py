"""The one moderation queue, and the rooms that put items in it.

The queue page is the forum's (Moderation in the admin menu), because the forum is where most
held words come from. Any other room whose words wait for a moderator (patient stories)
registers a `QueueRoom` when its app is ready: the queue page shows the room's waiting items in
a section of their own, from the room's own template and with the room's own buttons, and the
menu counts them. This app imports no room."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class QueueRoom:
    """`waiting()` is the room's queryset of waiting items (the menu counts it); `template`
    renders them in the queue, given `section` (`context()`, holding the items, urgent ones
    first, then longest waiting first, ready to show) and `here` (the queue's address, to come
    back to);
    `may_moderate(user)` says who sees them."""

    key: str
    heading: str
    waiting: Callable[[], Any]
    context: Callable[[], dict]
    template: str
    may_moderate: Callable[[Any], bool]
    order: int = 100


_rooms = {}


def register(room):
    _rooms[room.key] = room


def rooms_for(user):
    """The rooms whose waiting items `user` may decide on, in order."""
    return [room for room in sorted(_rooms.values(), key=lambda room: room.order) if room.may_moderate(user)]


def waiting_count(user):
    """How many items from registered rooms wait for `user`."""
    return sum(room.waiting().count() for room in rooms_for(user))
