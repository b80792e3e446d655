"""The demo's "you said, we did" pages, for the crisis café and the minor injuries unit."""

from demo.building import PageRef, upsert
from demo.content.consultations import CRISIS_CAFE_RESPONSES, MINOR_INJURIES_RESPONSES
from outcomes.models import ActionStatus, OutcomeIndexPage, OutcomePage

OUTCOME_INDEX = (
    OutcomeIndexPage,
    {
        "slug": "you-said-we-did",
        "title": "You said, we did",
        "introduction": "What we changed because of what people told us, and how far we have got.",
    },
)


def outcomes(t):
    """The "you said, we did" pages, published last so that what they report on exists."""
    return [
        {
            "slug": "crisis-cafe-what-we-did",
            "title": "Harrowmere crisis café: what we did",
            "consultation": PageRef("crisis-cafe-opening-hours"),
            "summary": (
                "The crisis café is now open every evening, and until 2am on Friday and Saturday nights. We are "
                "also adding staff who have been through a mental health crisis themselves."
            ),
            "introduction": (
                f"{CRISIS_CAFE_RESPONSES} people answered our questions, and many of them had used the café. "
                "Then 8 people who use the café helped us plan the changes."
            ),
            "first_published_at": t.at(-180, 10),
            "themes": [
                {
                    "you_said": "Weekends are hard, and the café was closed on Saturdays and Sundays.",
                    "we_did": "The café is now open 7 days a week, from 6pm.",
                    "status": ActionStatus.DONE,
                    "reason": "",
                },
                {
                    "you_said": "Late at night is when you most need somewhere to go.",
                    "we_did": "On Friday and Saturday nights, the café now stays open until 2am.",
                    "status": ActionStatus.DONE,
                    "reason": "",
                },
                {
                    "you_said": "You want to talk to someone who has been through it too.",
                    "we_did": (
                        "We are taking on 2 peer support workers. They have been through a mental health crisis "
                        "themselves. One has started, and the other starts soon."
                    ),
                    "status": ActionStatus.IN_PROGRESS,
                    "reason": "",
                },
                {
                    "you_said": "People in Oakhythe Vale said the café is too far away, with no bus late at night.",
                    "we_did": "We cannot run a late-night bus to the café.",
                    "status": ActionStatus.NOT_POSSIBLE,
                    "reason": (
                        "A bus every night would cost more than the café itself, and only a few people would use "
                        "it. Instead, we plan to let you talk to the café team by phone or video call."
                    ),
                },
                {
                    "you_said": "You want to talk to the café team without going there.",
                    "we_did": "We plan to offer phone and video calls with café staff, from 6pm to 11pm.",
                    "status": ActionStatus.PLANNED,
                    "reason": "",
                },
            ],
        },
        {
            "slug": "minor-injuries-unit-what-we-did",
            "title": "Minor injuries unit at night: what we did",
            "consultation": PageRef("minor-injuries-unit-at-night"),
            "service_change": PageRef("minor-injuries-unit-closing-at-night"),
            "summary": (
                "The minor injuries unit will close from midnight to 8am. We now pay for taxis to A&E at night. "
                "We keep X-ray open later too."
            ),
            "introduction": (
                f"{MINOR_INJURIES_RESPONSES} people answered our questions. They told us online, on paper, by "
                "phone and at a meeting in Kellsmoor. Our board read what people said. Then it made up its mind."
            ),
            "first_published_at": t.at(-70, 10),
            "themes": [
                {
                    "you_said": ("Many of you were worried about getting to A&E at night if you do not drive."),
                    "we_did": (
                        "If NHS 111 sends you to A&E between midnight and 8am, we pay for a taxi there and back."
                    ),
                    "status": ActionStatus.DONE,
                    "reason": "",
                },
                {
                    "you_said": "Most people who come in the evening need an X-ray. They may have hurt a wrist.",
                    "we_did": (
                        "We are keeping X-ray open until 10pm every day. We are training more staff so we can do this."
                    ),
                    "status": ActionStatus.IN_PROGRESS,
                    "reason": "",
                },
                {
                    "you_said": "Some of you asked us to keep the unit open 24 hours a day.",
                    "we_did": "We cannot keep the unit open all night.",
                    "status": ActionStatus.NOT_POSSIBLE,
                    "reason": (
                        "We do not have enough nurses to run the unit well both day and night. At night, a nurse "
                        "sees about 4 people. In the day, the same nurse can help about 20. Staying open at night "
                        "would mean longer waits for everyone in the day."
                    ),
                },
                {
                    "you_said": "You said it is hard to know where to go at night.",
                    "we_did": (
                        "We are working with NHS 111. They will tell you where to go at night, and how to get "
                        "there. We will also send a leaflet to every home."
                    ),
                    "status": ActionStatus.PLANNED,
                    "reason": "",
                },
            ],
        },
    ]


def build_outcomes(t, pages):
    """The outcomes under their index (`pages["you-said-we-did"]`). Returns summary lines."""
    return [upsert(pages["you-said-we-did"], OutcomePage, spec, pages) for spec in outcomes(t)]
