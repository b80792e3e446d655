"""Demo content for the forum: the forum page and its house rules, four categories, demo
members and twelve conversations about the fictional ICB's towns and services, with some work
left for the demo moderator.

The story: people worry about getting to A&E at night now the Kellsmoor minor injuries unit
closes, and then try the night taxi; parents wait for children's mental health support; a
leaflet gets the crisis café's hours wrong and the ICB answers; people talk about the birth
centre move, the single GP phone line, repeat prescriptions in the NHS App, diabetes clinics
in other languages and who can get patient transport. Texts are written for a reading age of
9 to 11.

Every post goes through `forum.posting`, so the hold rules apply to it as to anyone's. The
demo moderator approves each member's first two posts, as on a live site, and leaves three
held posts and one reported post in the queue. Conversations are keyed by title: running the
builder again adds nothing, and keeps whatever the moderator has done since.
"""

import datetime
import math
import os
import random
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Page, Site
from wagtail.search.index import insert_or_update_object

from demo.building import upsert
from demo.factories.people import MemberFactory
from forum import moderation, notifying, posting
from forum.models import Category, ForumPage, HoldReason, Post, Report, ReportReason, Status, Thread
from home.models import ContentPage

RANDOM_SEED = 42
# Posts are dated between 7am and 11:30pm, UK time.
WAKING_FROM = datetime.time(7)
WAKING_UNTIL = datetime.time(23, 30)
WAKING_MINUTES = 16.5 * 60
EDITOR = "editor"

FORUM_PAGE = {
    "slug": "forum",
    "title": "Forum",
    "show_in_menus": True,
    "intro": (
        "<p>Talk with other people about health and care services in Kellsmoor, Wendlebridge, Harrowmere "
        "and Oakhythe Vale. Ask a question, share what happened to you and hear from others.</p>"
        "<p>Our engagement team reads every conversation. When we answer, you will see the words "
        "official response next to our post. Please read the house rules before you post.</p>"
    ),
    "house_rules": [
        {
            "title": "Be kind",
            "explanation": (
                "Treat everyone with respect, even when you do not agree. Talk about ideas, not about people. "
                "We take down posts that are rude or unkind, or that pick on someone."
            ),
        },
        {
            "title": "Keep personal details private",
            "explanation": (
                "Do not share phone numbers, home addresses, e-mail addresses or NHS numbers. This means yours "
                "and other people's. Do not name staff or other patients. A moderator checks posts like this "
                "before anyone else can see them."
            ),
        },
        {
            "title": "Share what happened to you, not medical advice",
            "explanation": (
                "Tell others what happened to you and what helped. Do not tell anyone to start, stop or change "
                "a medicine. For advice about your own health, ask your GP or pharmacist, or call 111."
            ),
        },
        {
            "title": "Stay on topic",
            "explanation": (
                "Keep to health and care services in our area. If you want to talk about something new, start "
                "a new conversation, so that people can find it."
            ),
        },
        {
            "title": "No adverts",
            "explanation": (
                "Do not sell things or ask people to sign up to something. A moderator checks posts with lots "
                "of links before anyone else can see them."
            ),
        },
        {
            "title": "Do not use the forum in an emergency",
            "explanation": (
                "Nobody reads the forum all day and all night. If someone is in danger, call 999. If you need "
                "help with your mental health now, call 111."
            ),
        },
    ],
}

# (slug, name, description), in the order the forum lists them.
CATEGORIES = [
    (
        "transport",
        "Getting to hospital and transport",
        "Buses, taxis, lifts and free patient transport to hospital and other appointments.",
    ),
    (
        "mental-health",
        "Mental health support",
        "Help for your mental health and for the people you care for, including the crisis café.",
    ),
    (
        "gp-and-pharmacy",
        "GP, pharmacy and local clinics",
        "Booking GP appointments, ordering medicines and clinics near you.",
    ),
    (
        "maternity-and-children",
        "Maternity and children",
        "Pregnancy, birth and the birth centre, and care for children and young people.",
    ),
]

# (key, e-mail, display name). The last one joins on the day, so their first post waits.
MEMBERS = [
    ("asha", "asha.demo@example.org", "Asha"),
    ("ben", "ben.demo@example.org", "Ben"),
    ("gosia", "gosia.demo@example.org", "Gosia"),
    ("imran", "imran.demo@example.org", "Imran"),
    ("jean", "jean.demo@example.org", "Jean"),
    ("karen", "karen.demo@example.org", "Karen"),
    ("rob", "rob.demo@example.org", "Rob"),
    ("tomasz", "tomasz.demo@example.org", "Tomasz"),
]

# Staff who take part: the demo editor writes the ICB's official answers; the demo moderator
# approves members' first posts. The load_demo_content command resets both after the builders.
STAFF = {
    EDITOR: ("editor@example.org", "Demo editor", "Editors"),
    "moderator": ("moderator@example.org", "Demo moderator", "Moderators"),
}


@dataclass(frozen=True)
class Say:
    """A post and the replies to it. `held` names the hold rule that should keep it for the
    moderator; `reports` are (member, reason, details) from members who report it."""

    who: str
    text: str
    replies: tuple = ()
    held: HoldReason | None = None
    reports: tuple = ()


def say(who, text, *replies):
    return Say(who, text, replies)


@dataclass(frozen=True)
class Conversation:
    """A thread, started `started` days ago, whose last post came `ended` days ago. Its
    posts are spread between the two, in the order they are written here. The whole part
    of a number of days is the calendar day (0 is today), so conversations that end on
    different days do so whatever the time the demo is loaded; see `_moment`."""

    title: str
    category: str
    started: float
    ended: float
    opening: Say
    about: str = ""


CONVERSATIONS = [
    Conversation(
        "Getting to A&E at night now the minor injuries unit closes",
        "transport",
        started=41,
        ended=9,
        about="minor-injuries-unit-closing-at-night",
        opening=say(
            "asha",
            "I work nights at a care home in Kellsmoor and I do not drive. The minor injuries unit will soon "
            "close from midnight to 8am.\n\n"
            "If I fall or cut my hand on the way home at 2am, how do I get to A&E in Wendlebridge? The last "
            "bus goes at 7pm. Has anyone worked this out?",
            say(
                "ben",
                "It is the same for us in Oakhythe Vale. We have one bus a day, and at night there is nothing.",
                say("asha", "One bus a day! That is even worse than here."),
                say(
                    "jean",
                    "Could a neighbour drive you? That is what we do in Harrowmere. I know not everyone can ask.",
                    say("ben", "My neighbours are lovely, but most of them are over 80. I would not wake them."),
                ),
            ),
            say(
                EDITOR,
                "Thank you for asking, Asha. From midnight to 8am, if NHS 111 sends you to A&E, we pay for a "
                "taxi to take you there.\n\n"
                "Call 111 first. They will check what care you need and book the taxi for you. There is more "
                "about this on the page about the change.",
                say(
                    "asha",
                    "That is good to know. Does the taxi bring you home as well?",
                    say(
                        EDITOR,
                        "Yes, it takes you home too. Ask the team at the A&E desk to book it when you are ready "
                        "to leave.",
                    ),
                ),
            ),
            say(
                "karen",
                "What about children? If my son breaks his arm at night, can I go in the taxi with him?",
                say(
                    EDITOR,
                    "Yes. A parent or carer can always go in the taxi with a child.",
                    say("karen", "Thank you. That puts my mind at rest."),
                ),
            ),
            say(
                "imran",
                "The X-ray will stay open until 10pm, which helps. My kids always seem to get hurt after "
                "football, not at 3am.",
                say("asha", "Good point. Most of my bumps happen in the evening too!"),
            ),
        ),
    ),
    Conversation(
        "Who can get free patient transport?",
        "transport",
        started=38,
        ended=16,
        about="patient-transport-who-can-get-there",
        opening=say(
            "ben",
            "My mum is 86 and lives with me in Oakhythe Vale. She has hospital appointments in Wendlebridge "
            "every few weeks. She can walk a little, but not as far as the bus stop.\n\n"
            "Last time we were told she could not have patient transport because I have a car. But I work, "
            "and I cannot always take a day off. Does anyone know what the rules are?",
            say(
                "jean",
                "The rules are different in each part of the area, which is very confusing. In Harrowmere they "
                "asked if I had a car too.",
                say("ben", "So it is the same everywhere. I thought it was just us."),
            ),
            say(
                "imran",
                "There was a consultation about this. They want one set of rules for the whole area. It closed "
                "a few weeks ago.",
                say(
                    "ben",
                    "I missed it. Do you know what they will decide?",
                    say(
                        EDITOR,
                        "We are reading what people told us now. We will say what we decided on the "
                        "consultation page. You can ask us to e-mail you when we do.\n\n"
                        "Until then, if your mum's health has changed, ask her hospital clinic to check again "
                        "if she can have transport.",
                    ),
                ),
                say("gosia", "I filled it in on paper at the library. It was quite easy."),
            ),
            say(
                "asha",
                "Some people on a low income can get money back for the bus or for petrol to hospital. Ask at "
                "the hospital desk.",
                say("ben", "I do not think we can get that, but thank you."),
            ),
            say(
                "rob",
                "My dad used the minibus for a year. The drivers were great. It is worth asking again.",
                say("ben", "Thanks, Rob. I will ask the clinic to look again."),
            ),
        ),
    ),
    Conversation(
        "How long is the wait for children's mental health support?",
        "mental-health",
        started=35,
        ended=4,
        about="young-peoples-mental-health-while-you-wait",
        opening=say(
            "karen",
            "My daughter is 14. Her GP sent us to children's mental health support in the spring. We have "
            "been told the wait is at least 9 months.\n\n"
            "She is finding school very hard, and some days she will not leave her room. Is anyone else "
            "waiting? What has helped you while you wait?",
            say(
                "imran",
                "We waited 11 months for my son. It was really hard. The school counsellor helped a lot while "
                "we waited.",
                say(
                    "karen",
                    "Her school has a counsellor, but there is a waiting list for that too.",
                    say("imran", "Ask if they have a drop-in at lunch time. Ours did, and you did not need to book."),
                ),
            ),
            say(
                "rob",
                "I am not a parent, but I was that teenager once. Keep telling her you are there for her, even "
                "if she does not answer. It matters more than you think.",
                say("karen", "Thank you, Rob. That really helps to hear."),
            ),
            say(
                EDITOR,
                "Thank you for telling us, Karen. We know the wait is far too long.\n\n"
                "We are asking young people and families what help they want while they wait. You can tell us "
                "on our consultation page, which is open now.\n\n"
                "If your daughter needs help urgently, call 111 and choose the mental health option.",
                say("karen", "I have filled it in. I hope it makes a difference."),
                say(
                    "gosia",
                    "Is there anything in Polish for parents? My English is good, but my mum helps with my kids "
                    "and her English is not.",
                    say(
                        EDITOR,
                        "Yes. Your mum can answer in Polish with a free interpreter. Call us and we will set it up.",
                    ),
                ),
            ),
            say(
                "jean",
                "My grandson liked an app with breathing exercises. Ask the GP which ones are safe to use.",
                say(
                    "karen",
                    "We tried one. She says it is boring, but she still uses it at night!",
                    say("jean", "That sounds like a teenager to me."),
                ),
            ),
        ),
    ),
    Conversation(
        "Diabetes clinics in Urdu, Punjabi and Polish",
        "gp-and-pharmacy",
        started=33,
        ended=12,
        opening=say(
            "imran",
            "My mum and dad both have type 2 diabetes. Their English is not strong, so I go to every "
            "appointment to explain.\n\n"
            "There was a consultation about clinics in Urdu, Punjabi and Polish in Wendlebridge. Does anyone "
            "know if they are starting?",
            say(
                "gosia",
                "I would love this for my dad. He has diabetes and only speaks a little English. He nods along, "
                "but he does not always understand.",
                say("imran", "That is just what my parents do!"),
            ),
            say(
                EDITOR,
                "Thank you both. The consultation has closed, and we are reading what people told us. We will "
                "share what we decide on the consultation page.\n\n"
                "Until then, you can ask for a free interpreter at any NHS appointment. Ask for one when you book.",
                say(
                    "imran",
                    "I did not know we could ask when we book. That will help.",
                    say("gosia", "Me neither. I will ask for a Polish interpreter next time."),
                ),
            ),
            say(
                "asha",
                "A friend went to a talk about diabetes in Urdu at the community centre. She said it was the first "
                "time she really understood her blood sugar.",
                say(
                    "imran",
                    "That is great. Do you know who ran it?",
                    say("asha", "A diabetes nurse and a helper from the mosque, I think."),
                ),
            ),
        ),
    ),
    Conversation(
        "Looking after my own mental health as a carer",
        "mental-health",
        started=30,
        ended=18,
        opening=say(
            "jean",
            "I look after my husband, who has dementia. I love him, but I am very tired and I feel low a lot "
            "of the time. Is there any help in Harrowmere for carers who feel like this?",
            say(
                "imran",
                "The carers' centre in Wendlebridge runs a support group. They might have one in Harrowmere too.",
                say("jean", "I will ask them. Thank you."),
            ),
            say(
                "rob",
                "Talking therapy helped me a lot. You can ask your GP, or you can ask for it yourself online.",
                say(
                    "jean",
                    "I did not know you could do that yourself.",
                    say("rob", "Yes. I filled in a short form, and they called me back a week later."),
                ),
            ),
            say("karen", "Sending you a hug, Jean. Caring is hard work, and you matter too."),
        ),
    ),
    Conversation(
        "Is there a Sunday bus from Kellsmoor to Wendlebridge General?",
        "transport",
        started=28,
        ended=22,
        opening=say(
            "asha",
            "I visit my aunt at Wendlebridge General on my day off. On Sundays the bus only runs every 2 hours. "
            "Is there a better way to get there?",
            say(
                "imran",
                "The number 40 runs every hour on Sundays from the bus station. It takes the long way round, though.",
                say("asha", "I did not know about that one. Thank you!"),
            ),
            say(
                "gosia",
                "There is a car share group for people visiting the hospital. It is on the notice board at "
                "Wendlebridge Library.",
                say(
                    "asha",
                    "That sounds useful. Is it free?",
                    say("gosia", "People share the cost of the petrol. It is usually a few pounds."),
                ),
            ),
            say("jean", "I wish bus times and visiting times matched. They never seem to."),
        ),
    ),
    Conversation(
        "One phone number for all GP practices: will it help?",
        "gp-and-pharmacy",
        started=25,
        ended=6,
        about="gp-appointments-phone-and-online",
        opening=say(
            "imran",
            "I read that the NHS here wants one phone line for every GP practice. At the moment I ring at 8am and "
            "I am number 30 in the queue. Will one big phone line make the queue even longer?",
            say(
                "asha",
                "I work nights, so 8am is when I am trying to sleep. Booking online at any time would help me a lot.",
                say("imran", "That is a good point. I had not thought about people who work shifts."),
            ),
            say(
                "jean",
                "I am worried about the online part. I do not use the internet much. Will I still be able to "
                "ring my own surgery?",
                say(
                    EDITOR,
                    "Yes. You will still be able to phone, or ask at the front desk. Booking online is an extra "
                    "choice, not the only one. You will still see your own GP team.",
                    say("jean", "That is a relief. Thank you."),
                ),
            ),
            say(
                "gosia",
                "Will the people who answer the phone speak other languages? My mum would need Polish.",
                say(
                    EDITOR,
                    "That is a good question to ask in our consultation. It opens soon. On the consultation "
                    "page, you can ask us to e-mail you when it opens.",
                    say("gosia", "I have asked for the e-mail. Thank you."),
                ),
            ),
            say(
                "ben",
                "If it means more staff to answer the phones, I am all for it.",
                say("imran", "Agreed. As long as it is more staff and not just a new number."),
            ),
        ),
    ),
    Conversation(
        "Our trip to A&E in the night taxi",
        "transport",
        started=20,
        ended=0.5,
        opening=say(
            "karen",
            "Last Saturday my son fell off his bike at about 1am, on his way home from a friend's house. We "
            "called 111, and they booked a taxi to A&E in Wendlebridge.\n\n"
            "The taxi came in 25 minutes. The driver was kind and waited while I found my keys. We were home "
            "by 6am, in a taxi again, and it was all free. I was worried about this change, but it worked for "
            "us.",
            say(
                "asha",
                "Thank you for telling us. I hope your son is feeling better.",
                say("karen", "He is fine now, thank you. Just a sprained wrist and a bruised ego."),
            ),
            say(
                "ben",
                "Good to hear. Does the taxi come out as far as Oakhythe Vale?",
                say(
                    "karen",
                    "I do not know. We live in the middle of Kellsmoor.",
                    say(
                        EDITOR,
                        "Yes, the taxi covers the whole of our area, including Oakhythe Vale. It may take "
                        "longer to reach the villages, so please call 111 as soon as you can.",
                    ),
                ),
            ),
            say(
                "jean",
                "My husband used it last month. The taxi was late, about 50 minutes, but it came.",
                say(
                    "karen",
                    "50 minutes is a long time when you are in pain.",
                    say("jean", "It is. But before, we would have had no way to get there at all."),
                ),
            ),
            say("rob", "Good to know it works. Thanks for sharing, Karen."),
            Say(
                "gosia",
                "If the taxi is late, ring the taxi firm yourself. The number I have for them is 07700 900461.",
                held=HoldReason.PHONE_NUMBER,
            ),
        ),
    ),
    Conversation(
        "Moving the birth centre: what do you think?",
        "maternity-and-children",
        started=18,
        ended=1.5,
        about="birth-centre-move",
        opening=say(
            "gosia",
            "I am expecting my second baby in the summer. I had my first at the birth centre at Wendlebridge "
            "General, and it was lovely.\n\n"
            "Now they want to move it next to the labour ward. I am worried it will feel more like a hospital. "
            "Has anyone been to the drop-in at the library?",
            say(
                "karen",
                "I had both my children on the labour ward, so I cannot compare. But being close to doctors "
                "sounds safer to me.",
                say("gosia", "I understand that. I just hope it will still feel calm."),
            ),
            say(
                "asha",
                "I went to the drop-in. The midwives showed us the plans. The rooms will still have birth pools "
                "and soft lights. It will just be on the floor below the labour ward.",
                say(
                    "gosia",
                    "That makes me feel better. Did they say anything about parking?",
                    say("asha", "They said you will be able to use the main hospital car park."),
                ),
                say(
                    "imran",
                    "Did they say if partners can stay the night?",
                    say("asha", "Yes. They said partners can stay, like now."),
                ),
            ),
            say(
                EDITOR,
                "Thank you all for sharing your views. The consultation is open now, so please tell us what "
                "matters to you.\n\n"
                "If you cannot get to the library, there is also an online session. You can answer in Polish or "
                "Urdu too.",
                say("gosia", "I will fill it in this weekend. Thank you."),
            ),
            say("jean", "In my day we had our babies at home! I am glad there are more choices now."),
        ),
    ),
    Conversation(
        "Ordering repeat prescriptions in the NHS App",
        "gp-and-pharmacy",
        started=14,
        ended=2,
        opening=say(
            "jean",
            "My pharmacy says they will stop taking paper slips soon, and I should use the NHS App. I have a "
            "smartphone, but I find it confusing. Has anyone done it? Is it hard?",
            say(
                "asha",
                "It is quite easy once you are set up. The hardest part is proving who you are the first time. "
                "You need photo ID, like a passport or a driving licence.",
                say(
                    "jean",
                    "I have a passport. Do I need to go anywhere?",
                    say("asha", "No, you do it all on the phone. It takes a photo of you and your passport."),
                ),
            ),
            say(
                "imran",
                "I set it up for my dad. Now he taps Prescriptions, picks his medicines and sends the order. It "
                "goes straight to his GP.",
                say("jean", "That does sound easier than walking to the surgery."),
            ),
            say(
                "gosia",
                "You can ask your pharmacy to help. Mine set it up with me in 10 minutes.",
                say("jean", "I will ask them when I next collect my tablets."),
            ),
            Say(
                "ben",
                "I never bother with the app. When my tablets run low, I just take half a dose until the new "
                "ones come. It saves a lot of fuss.",
                replies=(
                    say(
                        "asha",
                        "Please do not do that, Ben. If you are about to run out, ask your pharmacist. They can "
                        "often give you a few days of tablets to tide you over.",
                    ),
                ),
                reports=(
                    ("imran", ReportReason.WRONG, "Taking half doses could make someone ill. Please check this."),
                    ("asha", ReportReason.WRONG, "Someone might copy this and stop taking their tablets properly."),
                ),
            ),
            say("karen", "Once it is set up, you get a message when your medicine is ready. No more waiting."),
        ),
    ),
    Conversation(
        "Is the Harrowmere crisis café open on Sundays now?",
        "mental-health",
        started=12,
        ended=0.3,
        opening=say(
            "ben",
            "My friend lives in Harrowmere and is going through a hard time. I told him about the crisis café, "
            "but his leaflet says it is only open Monday to Friday, 6pm to 11pm.\n\n"
            "Is that still right? Saturday nights are when he finds things hardest.",
            say(
                "rob",
                "It is open every night now. I went last Sunday. They changed it after lots of people asked.",
                say("ben", "That is great news, thank you."),
            ),
            say(
                EDITOR,
                "Thank you for asking. Your friend's leaflet is out of date, and we are sorry about that.\n\n"
                "The crisis café is now open every evening from 6pm. On Friday and Saturday nights it stays open "
                "until 2am. On other nights it closes at 11pm. You do not need to book, and you do not need a "
                "doctor to send you.\n\n"
                "We are printing new leaflets now.",
                say("ben", "Thanks. I will let him know."),
                say(
                    "jean",
                    "Please put the new times up in Harrowmere Library and the GP surgeries too. Not everyone "
                    "is online.",
                    say(
                        EDITOR,
                        "Good idea, Jean. We will send posters to the library, the GP practices and the "
                        "pharmacies in Harrowmere.",
                    ),
                ),
            ),
            say(
                "rob",
                "If your friend is nervous, tell him the first visit is just a cup of tea and a chat. Nobody "
                "makes you talk if you do not want to.",
                say("ben", "That is really helpful. Thank you, Rob."),
            ),
            say(
                "asha",
                "Can you talk to the café team without going there? The bus from Kellsmoor is not easy at night.",
                say(
                    EDITOR,
                    "Not yet. We plan to offer phone and video calls with the café team, from 6pm to 11pm. We "
                    "will post here when they start.",
                ),
            ),
            Say(
                "jean",
                "Some nights I want to die. Caring for my husband is so hard, and there is nobody to talk to "
                "after 11pm.",
                held=HoldReason.SAFEGUARDING,
            ),
        ),
    ),
    Conversation(
        "Parking at Wendlebridge General for the birth centre",
        "maternity-and-children",
        started=0.2,
        ended=0.2,
        opening=Say(
            "tomasz",
            "Hello, I am new here. My wife is due in May. How much does it cost to park at Wendlebridge "
            "General? Can we park near the birth centre at night?",
            held=HoldReason.NEW_MEMBER,
        ),
    ),
]


def build_forum(now=None):
    """Build the forum's demo page, categories, members and conversations. Returns summary lines."""
    now = now or timezone.now()
    home = Site.objects.get(is_default_site=True).root_page
    # The forum goes in the menu after the engagement listings, before the general pages.
    general_page = ContentPage.objects.child_of(home).first()
    lines = [upsert(home, ForumPage, FORUM_PAGE, {}, before=general_page)]

    categories = {
        slug: Category.objects.update_or_create(
            slug=slug, defaults={"name": name, "description": about, "sort_order": position}
        )[0]
        for position, (slug, name, about) in enumerate(CATEGORIES)
    }
    people = {key: _member(email, name) for key, email, name in MEMBERS}
    people.update({key: _staff(email, name, group) for key, (email, name, group) in STAFF.items()})
    lines.append(f"Forum categories: {len(categories)}, demo members: {len(MEMBERS)}")

    new = [
        conversation
        for conversation in sorted(CONVERSATIONS, key=lambda conversation: -conversation.started)
        if not Thread.objects.filter(title=conversation.title).exists()
    ]
    # Made-up posts are not news: loading them e-mails neither followers nor moderators.
    with notifying.silenced():
        for conversation in new:
            _write(conversation, categories, people, now)
    _date_joining(people)

    threads = Thread.objects.filter(title__in=[conversation.title for conversation in CONVERSATIONS])
    posts = Post.objects.filter(forum_thread__in=threads)
    lines.append(
        f"Forum threads: {threads.count()} ({len(new)} new this time), replies: {posts.replies().count()}, "
        f"waiting for the moderator: {posts.filter(status=Status.HELD).count()} held, "
        f"{posts.filter(reports__resolved_at=None, reports__isnull=False).distinct().count()} reported"
    )
    return lines


def _member(email, display_name):
    """A demo member with a confirmed e-mail address, who logs in with the demo password."""
    member = MemberFactory(email=email, display_name=display_name)
    password = _demo_password()
    if not member.check_password(password):
        member.set_password(password)
        member.save(update_fields=["password"])
    return member


def _staff(email, display_name, group):
    """A demo staff account in its group. The command makes these after the builders; the
    forum needs them now, and the command then resets them as usual."""
    User = get_user_model()
    user = User.objects.filter(email=email).first() or User.objects.create_user(
        email, _demo_password(), display_name=display_name
    )
    user.groups.add(Group.objects.get(name=group))
    return user


def _date_joining(people):
    """Everyone joined before their first post: the newcomer on the day, an hour before it,
    the others between two and twenty days before. Never moves a join date later, so
    loading again changes nothing."""
    newcomer = MEMBERS[-1][0]
    for key, person in people.items():
        first = Post.objects.filter(user=person).order_by("submit_date").values_list("submit_date", flat=True).first()
        if first is None:
            continue
        rng = random.Random(f"{RANDOM_SEED}:{person.email}")  # noqa: S311 (demo times, not secrets)
        before = datetime.timedelta(hours=1) if key == newcomer else datetime.timedelta(days=rng.uniform(2, 20))
        joined = first - before
        if person.date_joined > joined:
            person.date_joined = joined
            person.save(update_fields=["date_joined"])


def _demo_password():
    # Imported here: the command imports this module, so a top-level import would be circular.
    from demo.management.commands.load_demo_content import DEMO_PASSWORD

    return os.environ.get("DEMO_STAFF_PASSWORD", DEMO_PASSWORD)


def _write(conversation, categories, people, now):
    """Post a conversation as its members would, then move its posts back to when they were
    written. Members' first posts are approved by the moderator, as on a live site."""
    rng = random.Random(f"{RANDOM_SEED}:{conversation.title}")  # noqa: S311 (demo times, not secrets)
    about = Page.objects.live().filter(slug=conversation.about).first() if conversation.about else None
    opening = posting.start_thread(
        author=people[conversation.opening.who],
        category=categories[conversation.category],
        title=conversation.title,
        text=conversation.opening.text,
        about=about,
    )
    written = [opening]
    _settle(conversation.opening, opening, people)
    for spec in conversation.opening.replies:
        written += _reply(spec, opening, people)

    span = conversation.started - conversation.ended
    spread = sorted(rng.random() for _ in written[1:])
    ages = [conversation.started - span * share for share in [0, *(share / spread[-1] for share in spread)]]
    times = [_moment(age, now) for age in ages]
    for post, age in zip(written, ages, strict=True):
        _move_back(post, age, rng, now)

    thread = Thread.objects.get(pk=opening.forum_thread_id)
    Thread.objects.filter(pk=thread.pk).update(created_at=times[0])
    thread.created_at = times[0]
    thread.refresh_counts()


def _reply(spec, parent, people):
    post = posting.reply(author=people[spec.who], parent=parent, text=spec.text)
    _settle(spec, post, people)
    written = [post]
    for answer in spec.replies:
        written += _reply(answer, post, people)
    return written


def _settle(spec, post, people):
    """Do what the moderator and other members would: approve a post that is only waiting
    because it is one of its author's first, and report the one that others object to."""
    if post.status == Status.HELD and spec.held is None:
        moderation.approve(post, people["moderator"])
    for who, reason, details in spec.reports:
        posting.report(post, reporter=people[who], reason=reason, details=details)


def _move_back(post, age, rng, now):
    """Date a post, its approval and its reports to when they happened (`age` days ago),
    and refresh it in the search index, which holds the date too."""
    post.refresh_from_db()
    post.submit_date = _moment(age, now)
    if post.status == Status.HELD:
        post.held_at = post.submit_date
    elif post.moderated_at:
        post.moderated_at = _moment(_later(age, rng.randint(20, 180)), now)
    Post.objects.filter(pk=post.pk).update(
        submit_date=post.submit_date, held_at=post.held_at, moderated_at=post.moderated_at
    )
    reported = age
    for report in Report.objects.filter(post=post).order_by("pk"):
        reported = _later(reported, rng.randint(30, 240))
        Report.objects.filter(pk=report.pk).update(created_at=_moment(reported, now))
    if post.is_visible:
        insert_or_update_object(post)


def _later(age, minutes):
    """`minutes` of waking time after `age` days ago, as an age; never in the future."""
    return max(age - minutes / WAKING_MINUTES, 0)


def _moment(age, now):
    """When something `age` days ago happened, always between 7am and 11:30pm UK time and
    never after `now`. The whole days count calendar days back from the demo's today (today,
    or yesterday before 7am); the fraction is how far back from the end of that day's waking
    hours, which for today end now. Anchoring on calendar days rather than on the clock
    means the day a conversation ends on does not depend on the hour the demo is loaded.
    Later ages are never later moments."""
    tz = timezone.get_current_timezone()
    local_now = timezone.localtime(now)
    today = local_now.date()
    if local_now.time() < WAKING_FROM:
        today -= datetime.timedelta(days=1)
    days = math.floor(age)
    day = today - datetime.timedelta(days=days)
    opens = datetime.datetime.combine(day, WAKING_FROM, tzinfo=tz)
    closes = datetime.datetime.combine(day, WAKING_UNTIL, tzinfo=tz)
    if day == local_now.date():
        closes = min(closes, local_now)
    return closes - (closes - opens) * (age - days)
