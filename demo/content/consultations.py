"""The demo's consultations, one at every stage: the minor injuries unit consultation has closed
and we have said what we did; the birth centre consultation is open, with a drop-in and an online
session; the GP booking change opens soon; the patient transport and diabetes consultations have
closed and are waiting for a decision; the Harrowmere crisis café opens longer because people
asked. Responses to the closed ones are made up from fixed odds with a fixed seed, once per
consultation. Texts are written for a reading age of 9 to 11.
"""

import datetime
import random
from dataclasses import dataclass

from consultations.models import (
    Channel,
    ConsultationIndexPage,
    ConsultationPage,
    ConsultationQuestion,
    ConsultationResponse,
    ConsultationSubscription,
    EngagementLevel,
    SubscriptionPurpose,
)
from demo.building import care_card, details, heading, inset, text, upsert
from demo.content.site import EMAIL, PHONE
from demo.content.taxonomy import labelled
from demo.content.timeline import SATURDAY, THURSDAY, TUESDAY

RANDOM_SEED = 42
# How often a made-up person also answers a question that asks for comments.
COMMENT_CHANCE = 0.3
# The outcome pages quote these.
CRISIS_CAFE_RESPONSES = 110
MINOR_INJURIES_RESPONSES = 320

PAPER_COPY = "Call us and we will post you the questions with a free return envelope. You will not need a stamp."
THANK_YOU = (
    "Thank you for telling us what you think. We read every answer. "
    "When we have decided, we will say what we did and why on this website."
)

# People who asked to hear what we decide. Only a few, so that publishing an outcome in the
# demo shows the e-mails without filling the console.
SUBSCRIPTIONS = [
    ("birth-centre-move", "maja.nowak@example.org"),
    ("birth-centre-move", "sam.okafor@example.org"),
    ("patient-transport-who-can-get-there", "peter.hale@example.org"),
    ("patient-transport-who-can-get-there", "ruth.iqbal@example.org"),
    ("diabetes-clinics-in-your-language", "farah.hussain@example.org"),
]


@dataclass(frozen=True)
class Question:
    """A question, and how the made-up people who answer it tend to answer.

    `answers` is, for radio buttons and drop-downs, each option and how often it is chosen; for
    checkboxes, each option and the chance that it is ticked; for text, comments to pick from.
    """

    label: str
    field_type: str
    answers: dict | tuple = ()
    required: bool = False
    easy_read: str = ""

    def fields(self):
        options = self.answers if self.field_type in {"radio", "checkboxes", "dropdown"} else ()
        return {
            "label": self.label,
            "field_type": self.field_type,
            "choices": "\n".join(options),
            "required": self.required,
            "easy_read_label": self.easy_read,
        }

    def answer(self, rng):
        if self.field_type in {"radio", "dropdown"}:
            return rng.choices(list(self.answers), weights=list(self.answers.values()))[0]
        if self.field_type == "checkboxes":
            return [option for option, chance in self.answers.items() if rng.random() < chance]
        return rng.choice(self.answers) if self.answers and rng.random() < COMMENT_CHANCE else ""


def choice(field_type, label, options, required=False, easy_read=""):
    """A choice question. Options given as a list all have the same odds."""
    answers = options if isinstance(options, dict) else dict.fromkeys(options, 1)
    return Question(label, field_type, answers, required, easy_read)


def long_text(label, *comments, easy_read=""):
    return Question(label, "multiline", comments, easy_read=easy_read)


LIVE_IN = "Where do you live?"


def consultations(t):
    """The consultations, oldest first. `responses` says how many made-up people answered a
    closed one, and how their answers reached us."""
    return [
        {
            "slug": "crisis-cafe-opening-hours",
            "title": "Opening hours for the Harrowmere crisis café",
            "summary": (
                "The crisis café in Harrowmere is a safe place to go if you are struggling with your mental "
                "health. We asked when it should be open and what would make it easier to use."
            ),
            "audience": "Anyone in Harrowmere who has used, or might use, mental health crisis support",
            "topic": "mental-health-crisis",
            "place": "harrowmere",
            "engagement_level": EngagementLevel.INVOLVING,
            "opens_at": t.at(-300, 9),
            "closes_at": t.at(-244, 17),
            "results_published": True,
            "body": [
                heading("What the crisis café is"),
                text(
                    "<p>The crisis café is a calm, friendly place to go if you feel you cannot cope. You do not "
                    "need to be sent by a doctor, and you do not need to book. Staff and volunteers will listen "
                    "and help you make a plan.</p>"
                    "<p>When we asked, the café was open from 6pm to 11pm, Monday to Friday.</p>"
                ),
                heading("What we asked"),
                text(
                    "<p>We asked people who use the café, their families and local groups when the café should "
                    "be open. We also asked what would make it easier to get there.</p>"
                ),
            ],
            "key_dates": [
                {"date": t.day(-300), "description": "We started asking for views"},
                {"date": t.day(-244), "description": "We stopped taking answers"},
            ],
            "questions": [
                choice(
                    "radio",
                    "Have you been to the crisis café?",
                    {"Yes": 45, "No, but I have heard of it": 35, "No, I had not heard of it": 20},
                    required=True,
                ),
                choice(
                    "checkboxes",
                    "When do you most need somewhere to go?",
                    {
                        "Weekday evenings": 0.45,
                        "Late at night": 0.55,
                        "Friday and Saturday nights": 0.6,
                        "Sundays": 0.4,
                        "In the day": 0.15,
                    },
                ),
                choice(
                    "radio",
                    "How would you get to the café?",
                    {"On foot": 35, "By bus": 25, "By car": 20, "By taxi": 8, "I could not get there": 12},
                ),
                long_text(
                    "What would make the café better for you?",
                    "Being open at the weekend. Saturday night is when I feel worst.",
                    "Someone to talk to who has been through it too.",
                    "I live in Oakhythe Vale and there is no bus late at night.",
                    "It would help to be able to call them before I go, so I know what to expect.",
                    "Staying open later. 11pm is too early.",
                    "A quiet room for when it is busy.",
                ),
            ],
            "responses": {
                "count": CRISIS_CAFE_RESPONSES,
                "channels": {Channel.ONLINE: 50, Channel.PAPER: 25, Channel.EVENT: 15, Channel.PHONE: 10},
            },
        },
        {
            "slug": "minor-injuries-unit-at-night",
            "title": "Closing the Kellsmoor minor injuries unit at night",
            "summary": (
                "We asked if the minor injuries unit at Kellsmoor Community Hospital should close from midnight "
                "to 8am. Very few people use it at night. We wanted to know how the change would affect you."
            ),
            "audience": "Anyone who uses Kellsmoor Community Hospital",
            "topic": "minor-injuries",
            "place": "kellsmoor",
            "engagement_level": EngagementLevel.CONSULTING,
            "opens_at": t.at(-204, 9),
            "closes_at": t.at(-120, 17),
            "results_published": True,
            "body": [
                heading("What we asked"),
                text(
                    "<p>The minor injuries unit treats cuts, sprains and small broken bones. It is open day and "
                    "night.</p>"
                    "<p>Between midnight and 8am, about 4 people a night come to the unit. In the day, the same "
                    "nurses could help far more people.</p>"
                    "<p>We asked if we should close the unit at night and move the nurses to the day.</p>"
                ),
                heading("If you are hurt at night"),
                text(
                    "<p>Call 111 or go to 111.nhs.uk. They will tell you where to go. In an emergency, call 999 or "
                    "go to A&amp;E at Wendlebridge General Hospital.</p>"
                ),
            ],
            "key_dates": [
                {"date": t.day(-204), "description": "We started asking for views"},
                {"date": t.day(-180, THURSDAY), "description": "Public meeting at Kellsmoor Town Hall"},
                {"date": t.day(-120), "description": "We stopped taking answers"},
                {"date": t.day(-84), "description": "Our board made its decision"},
            ],
            "questions": [
                choice(
                    "radio",
                    "How often have you used the unit at night in the last 2 years?",
                    {"Never": 62, "Once": 22, "2 to 5 times": 12, "More than 5 times": 4},
                    required=True,
                ),
                choice(
                    "radio",
                    "What do you think of closing the unit from midnight to 8am?",
                    {"I agree": 34, "I am not sure": 21, "I disagree": 45},
                    required=True,
                ),
                choice(
                    "checkboxes",
                    "What would help you if the unit closed at night?",
                    {
                        "A taxi to A&E at night": 0.55,
                        "Keeping the X-ray open later": 0.45,
                        "Better advice from NHS 111": 0.35,
                        "Opening earlier in the morning": 0.2,
                    },
                ),
                choice(
                    "dropdown",
                    LIVE_IN,
                    {"Kellsmoor": 60, "Wendlebridge": 8, "Harrowmere": 5, "Oakhythe Vale": 24, "Somewhere else": 3},
                ),
                long_text(
                    "Is there anything else you want to tell us?",
                    "I do not drive. If my child is hurt at night, how do I get to Wendlebridge?",
                    "The unit was a great help when my dad fell. Please keep it open.",
                    "It makes sense if hardly anyone goes at night. Use the nurses when people need them.",
                    "The bus to Wendlebridge stops at 7pm. There is no way to get there.",
                    "Please keep X-ray open later. Most breaks happen after work or sport.",
                    "I rang 111 once and they sent me to the wrong place.",
                    "A taxi would be fine as long as it is free and quick.",
                ),
            ],
            "responses": {
                "count": MINOR_INJURIES_RESPONSES,
                "channels": {
                    Channel.ONLINE: 55,
                    Channel.PAPER: 20,
                    Channel.EVENT: 12,
                    Channel.PHONE: 8,
                    Channel.EASY_READ: 5,
                },
            },
        },
        {
            "slug": "diabetes-clinics-in-your-language",
            "title": "Diabetes clinics in your own language in Wendlebridge",
            "summary": (
                "We asked people with diabetes in Wendlebridge if clinics in Urdu, Punjabi and Polish would help "
                "them. We worked with local groups to reach people who do not often take part."
            ),
            "audience": "People in Wendlebridge who have diabetes, and their families",
            "topic": "diabetes",
            "place": "wendlebridge",
            "engagement_level": EngagementLevel.COLLABORATING,
            "other_languages": (
                "We have the questions in Urdu, Punjabi and Polish. Call us and we will post you a copy, or talk it "
                "through with a free interpreter."
            ),
            "opens_at": t.at(-90, 9),
            "closes_at": t.at(-35, 17),
            "outcome_expected": t.month(60),
            "body": [
                heading("What we asked"),
                text(
                    "<p>Diabetes checks can stop serious problems with your eyes, feet and heart. But in some "
                    "parts of Wendlebridge, fewer people come to their checks.</p>"
                    "<p>People told us it can be hard to talk about your health in a second language. So we asked "
                    "if clinics in Urdu, Punjabi and Polish would help.</p>"
                ),
                heading("Who we worked with"),
                text(
                    "<p>We planned this with people who have diabetes and with three local groups: the Polish "
                    "Community Centre, Wendlebridge Central Mosque and the Guru Nanak Gurdwara. Their volunteers "
                    "helped people fill in the survey, on paper or by talking it through.</p>"
                ),
                heading("What happens next"),
                text(
                    "<p>We are reading every answer with the same groups. Together we will plan the clinics. Then "
                    "we will tell you what we heard and what we are going to do.</p>"
                ),
            ],
            "key_dates": [
                {"date": t.day(-90), "description": "We started asking for views"},
                {"date": t.day(-35), "description": "We stopped taking answers"},
            ],
            "questions": [
                choice(
                    "radio",
                    "Do you have diabetes?",
                    {"Yes, type 1": 10, "Yes, type 2": 62, "I care for someone who has it": 22, "No": 6},
                    required=True,
                ),
                choice(
                    "dropdown",
                    "Which language do you find easiest for talking about your health?",
                    {"English": 30, "Urdu": 25, "Punjabi": 20, "Polish": 22, "Another language": 3},
                ),
                choice(
                    "radio",
                    "Would a clinic in your own language help you?",
                    {"Yes, a lot": 48, "Yes, a little": 22, "No": 18, "I am not sure": 12},
                ),
                choice(
                    "checkboxes",
                    "When could you come to a clinic?",
                    {"Weekday mornings": 0.4, "Weekday afternoons": 0.3, "Weekday evenings": 0.45, "Saturdays": 0.5},
                ),
                long_text(
                    "What else would help you look after your diabetes?",
                    "Advice on food that fits what we cook at home.",
                    "A woman doctor or nurse, please.",
                    "Letters in Polish. I do not always understand the English ones.",
                    "Clinics after work. I cannot take time off.",
                    "My mother needs someone to come with her who speaks Punjabi.",
                    "Classes at the mosque would be easier to get to than the hospital.",
                ),
            ],
            "responses": {
                "count": 150,
                "channels": {
                    Channel.EVENT: 30,
                    Channel.PAPER: 30,
                    Channel.ONLINE: 25,
                    Channel.PHONE: 10,
                    Channel.EASY_READ: 5,
                },
            },
        },
        {
            "slug": "patient-transport-who-can-get-there",
            "title": "Who can get free transport to hospital",
            "summary": (
                "Free patient transport takes people to hospital when their health makes it hard to get there "
                "another way. We asked what you think of new rules for who can use it."
            ),
            "audience": "People who use patient transport, their carers, and anyone who travels to hospital",
            "topic": "patient-transport",
            "place": "whole-area",
            "engagement_level": EngagementLevel.CONSULTING,
            "opens_at": t.at(-105, 9),
            "closes_at": t.at(-21, 17),
            "outcome_expected": t.month(100),
            "results_published": True,
            "body": [
                heading("What we asked"),
                text(
                    "<p>Patient transport is a free car or minibus to and from hospital. It is for people who "
                    "cannot get there safely another way because of their health.</p>"
                    "<p>The rules for who can use it are different in each part of our area. We asked what you "
                    "think of one set of rules for everyone.</p>"
                ),
                heading("The new rules we suggested"),
                text(
                    "<ul><li>You can use it if your health means you cannot take a bus or a taxi, or get a lift "
                    "from someone.</li>"
                    "<li>You can bring a carer if you need one.</li>"
                    "<li>If you cannot use it, we will help you find other ways to get there. This could be help "
                    "with the cost of travel.</li></ul>"
                ),
                heading("What happens next"),
                text(
                    "<p>We are reading every answer. We will write a report on what people told us. Then our "
                    "board will decide.</p>"
                ),
            ],
            "key_dates": [
                {"date": t.day(-105), "description": "We started asking for views"},
                {"date": t.day(-21), "description": "We stopped taking answers"},
                {"date": t.day(100), "description": "We will tell you what we decided, and why"},
            ],
            "questions": [
                choice(
                    "radio",
                    "Have you used free patient transport in the last year?",
                    {"Yes": 35, "No": 50, "I care for someone who has": 15},
                    required=True,
                ),
                choice(
                    "radio",
                    "Do you agree with one set of rules for the whole area?",
                    {"Yes": 58, "No": 22, "I am not sure": 20},
                    required=True,
                ),
                choice(
                    "checkboxes",
                    "What makes it hard for you to get to hospital?",
                    {
                        "I do not have a car": 0.35,
                        "There is no bus near me": 0.3,
                        "The cost": 0.4,
                        "My health or a disability": 0.3,
                        "I have no one to come with me": 0.15,
                    },
                ),
                choice(
                    "dropdown",
                    LIVE_IN,
                    {"Kellsmoor": 30, "Wendlebridge": 25, "Harrowmere": 20, "Oakhythe Vale": 20, "Somewhere else": 5},
                ),
                long_text(
                    "Tell us more about how you get to hospital",
                    "My son takes a day off work to drive me. He cannot keep doing that.",
                    "The bus from our village takes two hours each way.",
                    "Parking at the hospital costs more than the petrol.",
                    "I use a wheelchair. Most taxis cannot take it.",
                    "Transport came late twice and I missed my scan.",
                    "The rules should be the same for everyone. Right now it depends where you live.",
                ),
            ],
            "responses": {
                "count": 250,
                "channels": {
                    Channel.ONLINE: 55,
                    Channel.PAPER: 18,
                    Channel.EVENT: 10,
                    Channel.PHONE: 9,
                    Channel.EASY_READ: 8,
                },
            },
        },
        {
            "slug": "young-peoples-mental-health-while-you-wait",
            "title": "Help for young people while they wait for mental health support",
            "summary": (
                "Some young people wait months for mental health support. We want young people and their "
                "families to help us plan the help they get while they wait."
            ),
            "audience": "Young people aged 11 to 18, their parents and carers, and school staff",
            "topic": "young-peoples-mental-health",
            "place": "whole-area",
            "engagement_level": EngagementLevel.INVOLVING,
            "opens_at": t.at(-10, 9),
            "closes_at": t.at(49, 17),
            "outcome_expected": t.month(120),
            "body": [
                care_card(
                    "urgent",
                    "If you need help now",
                    (
                        "richtext",
                        "<p>Call 111 and choose the mental health option. In an emergency, call 999.</p>"
                        "<p>If you are at school, tell a teacher or the school nurse.</p>",
                    ),
                ),
                heading("Why we are asking"),
                text(
                    "<p>Right now, a young person can wait up to 6 months for their first appointment with the "
                    "mental health team. That is too long. We are working to cut the wait.</p>"
                    "<p>Until we do, we want to make sure no one waits alone.</p>"
                ),
                heading("Ideas we have heard so far"),
                text(
                    "<ul><li>a text or a call every week to check you are OK</li>"
                    "<li>groups in school where you can talk to others</li>"
                    "<li>an app or a website with tips that work</li>"
                    "<li>a drop-in where you can talk to someone the same day</li></ul>"
                ),
                heading("How you can help"),
                text(
                    "<p>Answer the questions on this page. You can also join a group of young people who will help "
                    "us plan. We will pay for your travel and give you a voucher to thank you.</p>"
                ),
            ],
            "key_dates": [
                {"date": t.day(-10), "description": "We started asking for views"},
                {"date": t.day(49), "description": "Last day to answer"},
            ],
            "questions": [
                choice(
                    "radio",
                    "Who are you?",
                    ["A young person aged 11 to 18", "A parent or carer", "School or college staff", "Someone else"],
                    required=True,
                ),
                choice(
                    "checkboxes",
                    "What help would you want while you wait?",
                    [
                        "A text or a call every week",
                        "A group at school",
                        "An app or a website",
                        "A drop-in to talk the same day",
                        "Help for my family too",
                    ],
                ),
                choice(
                    "radio",
                    "How would you like to get help?",
                    ["Face to face", "By video call", "By phone", "By text message", "I do not mind"],
                ),
                long_text("What would have helped you, or a young person you know, while waiting?"),
            ],
        },
        {
            "slug": "birth-centre-move",
            "title": "Moving the birth centre at Wendlebridge General Hospital",
            "summary": (
                "We want to move the birth centre at Wendlebridge General Hospital so that it is next to the "
                "labour ward. Tell us what matters to you before we decide."
            ),
            "audience": "People who are pregnant or plan to have a baby, their partners and families",
            "topic": "maternity",
            "place": "wendlebridge",
            "engagement_level": EngagementLevel.CONSULTING,
            "opens_at": t.at(-21, 9),
            "closes_at": t.at(35, 17),
            "outcome_expected": t.month(110),
            "other_languages": (
                "This page and the questions are in Polish and Urdu. Call us to ask for a copy, or to answer "
                "with a free interpreter."
            ),
            "paper_copy": (
                "Call us and we will post you the questions with a free return envelope. You will not need a "
                "stamp. You can also pick up a copy at Wendlebridge Library."
            ),
            "body": [
                heading("What the birth centre is"),
                text(
                    "<p>The birth centre is a calm, homely place to give birth. Midwives run it. It is for people "
                    "whose pregnancy is going well.</p>"
                    "<p>Right now it is in the old east wing. That is a 5 minute trolley ride from the labour ward, "
                    "where doctors care for births that need more help.</p>"
                ),
                heading("What we want to change"),
                text(
                    "<p>We want to move the birth centre to the rooms next to the labour ward. If you need a "
                    "doctor during the birth, one would be there in seconds, not minutes.</p>"
                    "<p>The new rooms would have birth pools, and double beds so that partners can stay. The "
                    "birth centre would have its own entrance.</p>"
                ),
                heading("What would stay the same"),
                text(
                    "<ul><li>the same midwives</li><li>the same number of rooms</li>"
                    "<li>you can still choose to give birth at home</li></ul>"
                ),
                inset("<p>We have not decided yet. We will read every answer before our board decides.</p>"),
                details(
                    "Parking and getting there",
                    "<p>The new entrance would be on Mill Lane, next to the main car park. There would be 6 "
                    "parking spaces just for the birth centre.</p>",
                ),
            ],
            "key_dates": [
                {"date": t.day(-21), "description": "We started asking for views"},
                {"date": t.day(10, SATURDAY), "description": "Drop-in at Wendlebridge Library"},
                {"date": t.day(17, TUESDAY), "description": "Online session in the evening"},
                {"date": t.day(35), "description": "Last day to answer"},
            ],
            "questions": [
                choice(
                    "radio",
                    "Have you had a baby, or been pregnant, in the last 3 years?",
                    ["Yes", "No, but I plan to", "No", "I would rather not say"],
                    required=True,
                    easy_read="Have you had a baby in the last 3 years, or been pregnant?",
                ),
                choice(
                    "radio",
                    "How do you feel about moving the birth centre next to the labour ward?",
                    ["I like the idea", "I am not sure", "I do not like the idea"],
                    required=True,
                    easy_read="Do you like the idea of moving the birth centre?",
                ),
                choice(
                    "checkboxes",
                    "What matters most to you in a birth centre?",
                    [
                        "A calm, homely room",
                        "A birth pool",
                        "A doctor close by if needed",
                        "Space for my partner to stay",
                        "Easy parking",
                        "Staff who speak my language",
                    ],
                    easy_read="What is most important to you? Tick all you want.",
                ),
                choice(
                    "dropdown",
                    "How would you get to the birth centre?",
                    ["By car", "By taxi", "By bus", "On foot", "Someone would drive me", "I do not know yet"],
                    easy_read="How would you get there?",
                ),
                long_text(
                    "What worries you about the move, if anything?", easy_read="Does the move worry you? Tell us why."
                ),
                long_text(
                    "Do you have any other ideas for the new birth centre?", easy_read="Do you have any other ideas?"
                ),
            ],
        },
        {
            "slug": "gp-appointments-phone-and-online",
            "title": "One phone line and online booking for GP appointments",
            "summary": (
                "We plan to give every GP practice one shared phone number and one way to book online. Before "
                "we decide how it should work, we want to hear from you."
            ),
            "audience": "Anyone who is registered with a GP practice in our area",
            "topic": "gp-appointments",
            "place": "whole-area",
            "engagement_level": EngagementLevel.CONSULTING,
            "opens_at": t.at(14, 9),
            "closes_at": t.at(70, 17),
            "outcome_expected": t.month(150),
            "body": [
                heading("Why we want to change"),
                text(
                    "<p>Lots of people tell us it is hard to get through to their GP practice at 8am. Each "
                    "practice has its own phone line and its own website. Some have long queues on the phone.</p>"
                    "<p>We want to try one phone number for all practices, with more staff to answer it. You "
                    "would also be able to book online at any time, on the NHS App or a website.</p>"
                ),
                heading("What will not change"),
                text(
                    "<p>You will stay with your own practice and see your own GP team. You can still ask at the "
                    "front desk.</p>"
                ),
            ],
            "key_dates": [
                {"date": t.day(14), "description": "You can start to answer"},
                {"date": t.day(70), "description": "Last day to answer"},
            ],
            "questions": [
                choice(
                    "radio",
                    "How do you usually book a GP appointment?",
                    ["By phone", "Online or on the NHS App", "At the front desk", "Someone books for me"],
                ),
                choice("radio", "Would one phone number for all practices help you?", ["Yes", "No", "I am not sure"]),
                choice(
                    "checkboxes",
                    "What would make booking easier for you?",
                    [
                        "Shorter waits on the phone",
                        "Booking online at any time",
                        "A call back, so I do not have to wait",
                        "Help in my own language",
                        "Text message reminders",
                    ],
                ),
                long_text("What else should we think about?"),
            ],
        },
    ]


CONSULTATION_INDEX = (
    ConsultationIndexPage,
    {
        "slug": "consultations",
        "title": "Have your say",
        "introduction": (
            "Tell us what you think about changes to NHS services. Find a consultation that is open now, "
            "or see what we decided after one closed."
        ),
    },
)


def build_consultations(t, pages):
    """The consultations under the finder (`pages["consultations"]`), their made-up responses and
    the requests to hear what we decide. Returns summary lines."""
    specs = consultations(t)
    lines = [
        upsert(pages["consultations"], ConsultationPage, _consultation_fields(labelled(spec)), pages) for spec in specs
    ]
    made_up = sum(_make_up_responses(pages[spec["slug"]], spec) for spec in specs if "responses" in spec)
    total = ConsultationResponse.objects.filter(page__in=[pages[spec["slug"]] for spec in specs]).count()
    lines.append(f"Responses: {total} ({made_up} made up this time)")
    for slug, email in SUBSCRIPTIONS:
        ConsultationSubscription.objects.get_or_create(
            consultation=pages[slug], purpose=SubscriptionPurpose.OUTCOME, email=email
        )
    return lines


def _consultation_fields(spec):
    """A consultation's page fields from its data: the questions become form fields, and the
    contact details and thank-you text are the same for every consultation unless it says."""
    fields = {
        "phone": PHONE,
        "contact_email": EMAIL,
        "paper_copy": PAPER_COPY,
        "thank_you_text": THANK_YOU,
        **{name: value for name, value in spec.items() if name not in {"questions", "responses"}},
    }
    fields["form_fields"] = [question.fields() for question in spec["questions"]]
    return fields


def _make_up_responses(page, spec):
    """Made-up responses to a closed consultation, spread over the weeks it was open, unless it
    has some already. The same seed gives the same answers every time. Returns how many."""
    if page.get_submissions().exists():
        return 0
    rng = random.Random(f"{RANDOM_SEED}:{page.slug}")  # noqa: S311 (made-up answers, not secrets)
    # The stored questions: only saving gives them the names their answers are kept under.
    names = dict(ConsultationQuestion.objects.filter(page=page).values_list("label", "clean_name"))
    channels = spec["responses"]["channels"]
    count = spec["responses"]["count"]
    responses = ConsultationResponse.objects.bulk_create(
        ConsultationResponse(
            page=page,
            channel=rng.choices(list(channels), weights=list(channels.values()))[0],
            form_data={names[question.label]: question.answer(rng) for question in spec["questions"]},
        )
        for _ in range(count)
    )
    # The submission time is set to "now" on saving, so spread the times out afterwards.
    open_for = (page.closes_at - page.opens_at).total_seconds()
    times = sorted(page.opens_at + datetime.timedelta(seconds=rng.uniform(0, open_for)) for _ in responses)
    for response, submitted in zip(responses, times, strict=True):
        response.submit_time = submitted
    ConsultationResponse.objects.bulk_update(responses, ["submit_time"], batch_size=500)
    return count
