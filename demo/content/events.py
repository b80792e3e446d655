"""The demo's events: a public meeting that has happened, and a drop-in and an online session
for the open birth centre consultation."""

from demo.building import PageRef, upsert
from demo.content.timeline import SATURDAY, THURSDAY, TUESDAY
from events.models import EventIndexPage, EventKind, EventPage

EVENT_INDEX = (
    EventIndexPage,
    {
        "slug": "events",
        "title": "Events",
        "introduction": (
            "Come and talk to us at a drop-in, a public meeting or an online session. All our events are free."
        ),
    },
)


def events(t):
    return [
        {
            "slug": "minor-injuries-public-meeting",
            "title": "Public meeting about the minor injuries unit at night",
            "kind": EventKind.PUBLIC_MEETING,
            "summary": (
                "Staff from Kellsmoor Community Hospital explained the plan to close the minor injuries unit at "
                "night. Then they answered questions from the public."
            ),
            "consultation": PageRef("minor-injuries-unit-at-night"),
            "starts_at": t.at(-180, 18, 30, weekday=THURSDAY),
            "ends_at": t.at(-180, 20, 30, weekday=THURSDAY),
            "venue_name": "Kellsmoor Town Hall",
            "venue_address": "Main Hall\nMarket Place\nKellsmoor\nKM1 2AB",
            "step_free": True,
            "hearing_loop": True,
            "bsl_interpreter": True,
            "parking": "Free parking behind the town hall after 6pm, with 4 blue badge spaces.",
            "nearest_transport": "Buses 1, 7 and 22 stop in Market Place.",
        },
        {
            "slug": "birth-centre-drop-in-wendlebridge-library",
            "title": "Birth centre drop-in at Wendlebridge Library",
            "kind": EventKind.DROP_IN,
            "summary": (
                "Come and talk to our midwives about the plan to move the birth centre. Drop in at any time. "
                "Children are welcome."
            ),
            "consultation": PageRef("birth-centre-move"),
            "starts_at": t.at(10, 10, weekday=SATURDAY),
            "ends_at": t.at(10, 13, weekday=SATURDAY),
            "venue_name": "Wendlebridge Library",
            "venue_address": "Meeting Room 2\nMarket Street\nWendlebridge\nWB2 3LT",
            "step_free": True,
            "hearing_loop": True,
            "interpreters": "Polish and Urdu",
            "parking": "Pay and display car park on Market Street, 2 minutes' walk. 3 blue badge spaces by the door.",
            "nearest_transport": "Buses 4, 12 and 31 stop outside. Wendlebridge station is a 10 minute walk.",
        },
        {
            "slug": "birth-centre-online-session",
            "title": "Online session about the birth centre",
            "kind": EventKind.ONLINE,
            "summary": (
                "Hear about the plan to move the birth centre from a midwife and a doctor, and ask them your "
                "questions. You can keep your camera off."
            ),
            "consultation": PageRef("birth-centre-move"),
            "starts_at": t.at(17, 18, 30, weekday=TUESDAY),
            "ends_at": t.at(17, 19, 30, weekday=TUESDAY),
            "bsl_interpreter": True,
            "interpreters": "Polish and Urdu, if you ask when you book",
            "online_joining": (
                "It is a video call. When you book, we will e-mail you the link and a code.\n"
                "To join by phone, call 0113 496 0456 and enter the code."
            ),
            "how_to_book": (
                "Please book a place. We will send you the link to join, and a reminder on the day. "
                "Tell us if you would like an interpreter."
            ),
            # No booking system: people book with the engagement team by e-mail or phone. Blank
            # also clears the made-up booking address that older demo sites were given.
            "booking_url": "",
        },
    ]


def build_events(t, pages):
    """The events under their index (`pages["events"]`). Returns summary lines."""
    return [upsert(pages["events"], EventPage, spec, pages) for spec in events(t)]
