"""The demo's service changes: the minor injuries unit closing at night (decided) and the birth
centre's move (asking for views), each linked to its consultation."""

from demo.building import PageRef, upsert
from demo.content.taxonomy import labelled
from demo.content.timeline import SATURDAY, THURSDAY, TUESDAY
from service_changes.models import ServiceChangeIndexPage, ServiceChangePage, ServiceChangeStatus

SERVICE_CHANGE_INDEX = (
    ServiceChangeIndexPage,
    {
        "slug": "service-changes",
        "title": "Service changes",
        "introduction": (
            "See what is changing in your local NHS, and why. Each change says when it will happen. It says "
            "what it means for you, and how to have your say."
        ),
    },
)


def service_changes(t):
    return [
        {
            "slug": "minor-injuries-unit-closing-at-night",
            "title": "The Kellsmoor minor injuries unit will close at night",
            "summary": (
                "The minor injuries unit in Kellsmoor will shut at night, from midnight to 8am. It will stay "
                "open from 8am to midnight, every day."
            ),
            "status": ServiceChangeStatus.DECIDED,
            "topic": "minor-injuries",
            "place": "kellsmoor",
            "what_is_changing": (
                "<p>The minor injuries unit will close between midnight and 8am. From 8am to midnight it will "
                "stay open every day, as it does now.</p>"
                "<p>The X-ray service will stay open until 10pm.</p>"
            ),
            "why": (
                "<p>Very few people use the unit at night. About 4 people come between midnight and 8am. In the "
                "day, the same nurses can help far more people.</p>"
                "<p>Moving nurses from the night to the day will cut waiting times in the day.</p>"
            ),
            "who_is_affected": (
                "<p>Anyone who might need the unit between midnight and 8am. Most of these people live in "
                "Kellsmoor and Oakhythe Vale.</p>"
            ),
            "what_it_means": (
                "<p>If you are hurt at night, call 111 or go to 111.nhs.uk first. They will tell you where to "
                "go.</p>"
                "<p>If NHS 111 sends you to A&amp;E at Wendlebridge General Hospital, we will pay for a taxi there "
                "and back.</p>"
                "<p>In an emergency, always call 999.</p>"
            ),
            "what_has_been_decided": (
                "<p>Our board decided to close the unit at night. It read what people told us first.</p>"
                "<p>Because of what you said, we now pay for taxis to A&amp;E at night, and we are keeping X-ray "
                "open later.</p>"
            ),
            "consultations": [PageRef("minor-injuries-unit-at-night")],
            "milestones": [
                {"date": t.day(-204), "label": "We shared our plan and started asking for views"},
                {"date": t.day(-180, THURSDAY), "label": "Public meeting at Kellsmoor Town Hall"},
                {"date": t.day(-120), "label": "We stopped taking answers"},
                {"date": t.day(-84), "label": "Our board decided to close the unit at night"},
                {"date": t.day(-70), "label": "We said what we heard and what we will do"},
                {"date": t.day(-14), "label": "Free taxis to A&E at night started"},
                {"date": t.day(30), "label": "The unit closes from midnight to 8am"},
            ],
        },
        {
            "slug": "birth-centre-moving-next-to-labour-ward",
            "title": "Plan to move the birth centre at Wendlebridge General Hospital",
            "summary": (
                "We plan to move the birth centre in Wendlebridge so it is next to the labour ward. Tell us "
                "what you think."
            ),
            "status": ServiceChangeStatus.CONSULTING,
            "topic": "maternity",
            "place": "wendlebridge",
            "what_is_changing": (
                "<p>The birth centre would move from the old east wing to the rooms next to the labour ward. It "
                "would have its own entrance on Mill Lane.</p>"
                "<p>The same midwives would work there, and there would be the same number of rooms.</p>"
            ),
            "why": (
                "<p>Some births need a doctor. Right now, a mother who needs one has to be moved by trolley to "
                "the labour ward. This takes about 5 minutes.</p>"
                "<p>Next to the labour ward, a doctor could be with you in seconds. The new rooms would also have "
                "birth pools and beds for partners.</p>"
            ),
            "who_is_affected": (
                "<p>People who plan to give birth at the birth centre, and their partners and families.</p>"
            ),
            "what_it_means": (
                "<p>If you are pregnant now, nothing changes for you yet. Your midwife will tell you where to go "
                "when it is time.</p>"
                "<p>If the move goes ahead, you would go in by the new entrance on Mill Lane.</p>"
            ),
            "consultations": [PageRef("birth-centre-move")],
            "milestones": [
                {"date": t.day(-21), "label": "We started asking for views"},
                {"date": t.day(10, SATURDAY), "label": "Drop-in at Wendlebridge Library"},
                {"date": t.day(17, TUESDAY), "label": "Online session"},
                {"date": t.day(35), "label": "Last day to tell us what you think"},
                {"date": t.day(110), "label": "Our board decides, after reading what people said"},
                {"date": t.day(280), "label": "If the board agrees, the birth centre moves"},
            ],
        },
    ]


def build_service_changes(t, pages):
    """The service changes under their index (`pages["service-changes"]`). Returns summary lines."""
    return [upsert(pages["service-changes"], ServiceChangePage, labelled(spec), pages) for spec in service_changes(t)]
