"""The demo's patient stories: ten stories about the ICB's services, told in the last few
months. Nine are published: five answered with a change made, two with a change planned, one
answered with no change, one waiting for an answer. One waits in the moderation queue,
held for a phone number, for the demo moderator to decide.

Built through the same hold rules as a real story, and without e-mail: made-up stories are not
news. Safe to run again: a story already there (found by its title) is left as it is, so a
moderator's decision on the waiting one stands."""

import datetime
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.search.index import insert_or_update_object

from moderation.decisions import apply_hold
from moderation.models import Status
from stories.models import Change, Story, StoryResponse
from stories.telling import hold_reasons_for
from taxonomy.models import Service, Topic


@dataclass(frozen=True)
class Answer:
    responder: str
    text: str
    change: str = Change.NONE
    change_summary: str = ""


@dataclass(frozen=True)
class DemoStory:
    title: str
    service: str  # slug
    text: str
    days_ago: int
    name: str = ""
    member: str = ""  # a demo forum member's e-mail address, or none: told with a confirmed address
    topics: tuple = ()
    answer: Answer | None = None
    published: bool = True


STORIES = [
    DemoStory(
        "Stitched up and home in an hour",
        "minor-injuries-unit",
        "I cut my hand on a broken glass on a Sunday afternoon. I did not want to sit in A&E in Wendlebridge "
        "all night. At the minor injuries unit the nurse saw me in twenty minutes. She cleaned it, put in four "
        "stitches and told me how to look after it. I was home in an hour.\n\nThe only problem was parking. "
        "The car park was full and I had to leave my car on the street.",
        days_ago=120,
        name="Jean",
        member="jean.demo@example.org",
        topics=("minor-injuries",),
        answer=Answer(
            "Nurse lead, Minor injuries unit",
            "Thank you, Jean. We are glad you were seen quickly. You are right about parking: on Sundays the car "
            "park fills up with visitors to the wards.",
            Change.MADE,
            "We have kept ten spaces by the unit's door for people coming to the minor injuries unit.",
        ),
    ),
    DemoStory(
        "No way to get home at night",
        "minor-injuries-unit",
        "My son hurt his ankle playing football in the evening. The unit said it would close soon and sent us "
        "to A&E in Wendlebridge. We do not have a car, and there are no buses after nine. A kind nurse rang a "
        "taxi for us, but it cost a lot of money.",
        days_ago=95,
        name="A mum from Kellsmoor",
        topics=("minor-injuries", "patient-transport"),
        answer=Answer(
            "Engagement team, Kellsmoor and Wendlebridge ICB",
            "Thank you for telling us. Many people said the same in our consultation about the unit at night.",
            Change.MADE,
            "We now pay for a taxi to and from A&E at night for people who have no other way to get there. Staff "
            "at the unit can book it for you.",
        ),
    ),
    DemoStory(
        "The midwives made me feel safe",
        "birth-centre",
        "I had my second baby at the birth centre. The room was calm and the midwives listened to what I "
        "wanted. When things got slow they explained every choice in words I understood.\n\nI was worried "
        "about being far from the labour ward if something went wrong. Nobody told me how long a move would "
        "take.",
        days_ago=80,
        name="Aisha",
        member="asha.demo@example.org",
        topics=("maternity",),
        answer=Answer(
            "Head of midwifery, Wendlebridge General",
            "Thank you, Aisha. Many parents have the same worry, and it is one reason we are asking people about "
            "moving the birth centre next to the labour ward.",
            Change.PLANNED,
            "We have asked people what they think about moving the birth centre. Until then, midwives will "
            "explain at your first visit what happens if you need the labour ward.",
        ),
    ),
    DemoStory(
        "An interpreter at last",
        "diabetes-clinics",
        "My father speaks Punjabi and not much English. For years I took time off work to go with him to "
        "his diabetes checks. At the new clinic in Wendlebridge a nurse spoke to him in Punjabi. He asked "
        "questions for the first time. He even laughed.",
        days_ago=70,
        name="Imran",
        member="imran.demo@example.org",
        topics=("diabetes",),
        answer=Answer(
            "Clinic manager, Diabetes community clinics",
            "Thank you, Imran. Stories like yours are why we started these clinics.",
            Change.MADE,
            "We have added Saturday morning clinics, so that family members who work in the week can come too.",
        ),
    ),
    DemoStory(
        "Ordering my tablets on my phone",
        "repeat-prescriptions",
        "I used to walk to the surgery to drop off my paper slip, then walk to the chemist two days later. "
        "Now I order in the NHS App. It took me a while to set up, and my neighbour had to help me. Once it "
        "worked, it saved me two walks a month.",
        days_ago=60,
        name="Gosia",
        member="gosia.demo@example.org",
        topics=("repeat-prescriptions",),
        answer=Answer(
            "Medicines team, Kellsmoor and Wendlebridge ICB",
            "Thank you, Gosia. Setting up the app is the hard part for many people.",
            Change.MADE,
            "Pharmacies in Kellsmoor and Wendlebridge now have a helper on Tuesday mornings who will set up the "
            "NHS App with you.",
        ),
    ),
    DemoStory(
        "The café was there when I needed it",
        "crisis-cafe",
        "I had a very bad evening and did not know where to go. A friend told me about the crisis café. The "
        "staff gave me a cup of tea and a quiet corner, and someone sat with me until I felt calmer. They "
        "helped me make a plan for the next day.\n\nI wish it was open later than ten.",
        days_ago=45,
        topics=("mental-health-crisis",),
        answer=Answer(
            "Service manager, Mental health crisis café",
            "Thank you for telling us, and we are glad the café helped. Several people have asked for later hours.",
            Change.MADE,
            "From next month the café is open until midnight on Fridays and Saturdays.",
        ),
    ),
    DemoStory(
        "Waiting for help for my daughter",
        "young-minds-support",
        "My daughter is 14 and has been very anxious since last year. We were told the wait would be six "
        "months. Nobody rang us in that time. I did not know if we were still on the list.",
        days_ago=40,
        name="Karen",
        member="karen.demo@example.org",
        topics=("young-peoples-mental-health",),
        answer=Answer(
            "Team leader, Young people's mental health support",
            "Thank you, Karen, and we are sorry nobody kept in touch. Waiting without news makes a hard time harder.",
            Change.PLANNED,
            "We are starting a phone call every month to every family on the waiting list, with tips and a "
            "number to ring if things get worse.",
        ),
    ),
    DemoStory(
        "The transport came on time, both ways",
        "patient-transport",
        "I have dialysis three times a week. The driver is always on time, helps me with my coat and knows my "
        "name. It makes a long day easier.",
        days_ago=30,
        name="Ben",
        member="ben.demo@example.org",
        topics=("patient-transport",),
        answer=Answer(
            "Patient transport manager",
            "Thank you, Ben. We have passed your kind words to the drivers. There is nothing to change here: "
            "we want every trip to be like yours.",
        ),
    ),
    DemoStory(
        "Phoning for an appointment at eight o'clock",
        "gp-appointments",
        "Every morning at eight I ring my GP practice and the line is busy. By the time I get through, the "
        "appointments for the day have gone. I work shifts, so I cannot ring again later.",
        days_ago=12,
        name="Rob",
        member="rob.demo@example.org",
        topics=("gp-appointments",),
    ),
    DemoStory(
        "Please ring me about the birth centre",
        "birth-centre",
        "I have questions about where I will give birth. You can ring me on 07700 900456 any time after six.",
        days_ago=2,
        topics=("maternity",),
        published=False,
    ),
]


def build_stories():
    now = timezone.now()
    users = get_user_model().objects
    new = [demo for demo in STORIES if not Story.objects.filter(title=demo.title).exists()]
    for demo in new:
        told = now - datetime.timedelta(days=demo.days_ago)
        member = users.filter(email=demo.member).first() if demo.member else None
        story = Story(
            title=demo.title,
            service=Service.objects.get(slug=demo.service),
            text=demo.text,
            shown_name=demo.name,
            user=member,
            email="" if member else f"story{STORIES.index(demo)}.demo@example.org",
            told_at=told,
            confirmed_at=told,
            held_at=told,
        )
        apply_hold(story, hold_reasons_for(story))
        if demo.published:
            story.status = Status.PUBLISHED
            story.held_at = None
            story.moderated_at = told + datetime.timedelta(hours=3)
        story.save()
        story.topics.set(Topic.objects.filter(slug__in=demo.topics))
        if demo.answer:
            StoryResponse.objects.create(
                story=story,
                text=demo.answer.text,
                responder=demo.answer.responder,
                change=demo.answer.change,
                change_summary=demo.answer.change_summary,
                published_at=told + datetime.timedelta(days=9),
            )
        insert_or_update_object(story)
    published = Story.objects.published().count()
    waiting = Story.objects.waiting().count()
    return [f"Patient stories: {len(STORIES)} ({len(new)} new this time), {published} published, {waiting} waiting"]
