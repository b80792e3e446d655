"""A member who has done everything the site keeps a record of, made through the same functions
the pages call, for the download, erasure and account page tests (and the browser's)."""

import datetime
from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Page

from consultations.models import ConsultationSubscription, SubscriptionPurpose
from consultations.recording import record_response
from demo.factories.consultations import (
    ConsultationIndexPageFactory,
    ConsultationPageFactory,
    ConsultationQuestionFactory,
)
from demo.factories.forum import CategoryFactory, HouseRuleFactory, start_thread
from demo.factories.people import MemberFactory
from demo.factories.stories import StoryFactory
from feedback.models import Suggestion
from forum import moderation, posting
from forum.models import ForumPage, ReportReason
from notifications.models import Announcement
from notifications.sending import queue_email
from outcomes.models import OutcomePage
from people_bank.models import Entry, EntryWay, Invitation

NAME = "Quill Zephyrine"
EMAIL = "quill@example.org"
WORK_EMAIL = "quill.work@example.net"  # confirmed too
UNCONFIRMED_EMAIL = "quill.new@example.com"  # asked for, never confirmed: it may be someone else's
# Words only the member wrote, to find anywhere they are left.
OWN_THREAD_WORDS = "Xylocarp buses stop too early"
LONELY_THREAD_WORDS = "Quirkwood parking meters"
REPLY_WORDS = "Jabberwock taxis would help"
ANSWER_WORDS = "Zugzwang lighting in the car park"
STORY_WORDS = "Quixotic stitches at the minor injuries unit"
SUGGESTION_WORDS = "Quokka benches in the waiting room"


@dataclass
class Everything:
    member: object
    other: object
    forum: object
    own_thread: object
    lonely_thread: object
    others_thread: object
    reply: object
    answered: object
    decided: object
    outcome: object
    response: object
    email_question: str


def forum_page(home_page):
    existing = ForumPage.objects.first()
    if existing:
        return existing
    page = ForumPage(title="Forum", slug="forum", intro="<p>Talk about local health services.</p>")
    home_page.add_child(instance=page)
    HouseRuleFactory(page=page, title="Be kind", sort_order=0)
    return page


def published(post, moderator):
    moderation.approve(post, moderator)
    return post


def member_with_everything(home_page):
    """Quill: two confirmed addresses and one not, conversations started (one with replies from
    others, one without), a reply, a follow, a report, a lifted suspension, answers to two
    consultations that need an account (one decided), requests for e-mails, e-mails sent, a
    suggestion (and one from the address Quill never confirmed, which may be someone else's)."""
    forum = forum_page(home_page)
    moderator = MemberFactory(display_name="Mo the moderator", email="mo@example.org")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    member = MemberFactory(display_name=NAME, email=EMAIL)
    EmailAddress.objects.create(user=member, email=WORK_EMAIL, verified=True, primary=False)
    EmailAddress.objects.create(user=member, email=UNCONFIRMED_EMAIL, verified=False, primary=False)
    other = MemberFactory(display_name="Chen", email="chen@example.org")
    category = CategoryFactory(name="Getting to hospital", slug="transport")

    own = published(start_thread(member, category=category, title="Night buses", text=OWN_THREAD_WORDS), moderator)
    published(posting.reply(author=other, parent=own, text="The last bus is at 10pm."), moderator)
    lonely = published(
        start_thread(member, category=category, title="Parking at the hospital", text=LONELY_THREAD_WORDS), moderator
    )
    theirs = published(start_thread(other, category=category, title="Taxis at night", text="Any ideas?"), moderator)
    reply = posting.reply(author=member, parent=theirs, text=REPLY_WORDS)  # auto-follows, published (3rd post)
    chen_reply = published(posting.reply(author=other, parent=theirs, text="Ring the taxi line."), moderator)
    posting.report(chen_reply, reporter=member, reason=ReportReason.WRONG, details="The taxi line closed in May.")
    suspension = moderation.suspend(
        member, moderator, until=timezone.now() + datetime.timedelta(days=1), reason="Cooling off"
    )
    moderation.lift(suspension, moderator)

    finder = ConsultationIndexPageFactory(parent=home_page)
    answered = ConsultationPageFactory(
        parent=finder, title="Lighting at the car park", allow_anonymous=False, outcome_expected="by March 2027"
    )
    ConsultationQuestionFactory(page=answered, label="What would make it safer?", field_type="multiline")
    email_question = ConsultationQuestionFactory(page=answered, label="Your e-mail address", field_type="email")
    now = timezone.now()
    decided = ConsultationPageFactory(
        parent=finder,
        title="Minor injuries unit at night",
        allow_anonymous=False,
        opens_at=now - datetime.timedelta(days=60),
        closes_at=now - datetime.timedelta(days=30),
    )
    ConsultationQuestionFactory(page=decided, label="What worries you?", field_type="multiline")
    response, _created = record_response(
        answered,
        {"what_would_make_it_safer": ANSWER_WORDS, email_question.clean_name: EMAIL},
        respondent=member,
        outcome_email=WORK_EMAIL,
        receipt_email=EMAIL,
    )
    record_response(decided, {"what_worries_you": "Getting there."}, respondent=member)
    outcome = OutcomePage(title="What we did about night-time care", summary="Taxis.", consultation=decided)
    Page.objects.get(pk=decided.pk).add_child(instance=outcome)
    coming = ConsultationPageFactory(parent=finder, title="One phone line for GP appointments")
    ConsultationSubscription.objects.create(consultation=coming, purpose=SubscriptionPurpose.OPENING, email=EMAIL)

    entry = Entry.objects.create(
        name=NAME,
        email=WORK_EMAIL,
        access_needs="A hearing loop",
        consented_at=now,
        consent_version="1",
        confirmed_at=now,
        last_active_at=now,
    )
    EntryWay.objects.create(entry=entry, way="surveys")
    Invitation.objects.create(entry=entry, announcement=Announcement.objects.create(page=answered))

    # A story told as a member, and one told before joining with an address that is Quill's.
    StoryFactory(user=member, email="", shown_name=NAME, title="Quick stitches", text=STORY_WORDS)
    StoryFactory(user=None, email=WORK_EMAIL, shown_name="", title="The night bus to the unit")
    Suggestion.objects.create(name=NAME, email=WORK_EMAIL.upper(), text=SUGGESTION_WORDS)
    Suggestion.objects.create(name="Someone else", email=UNCONFIRMED_EMAIL, text="Not Quill's idea")

    # allauth's e-mail to the unconfirmed address is Quill's; anything else sent there is not.
    queue_email(key="account:email_confirmation:1", to=UNCONFIRMED_EMAIL, subject="Confirm", body="Link")
    queue_email(key="outcome:99:quill.new@example.com", to=UNCONFIRMED_EMAIL, subject="Not Quill's", body="Hi")

    for thread in (own, lonely, theirs):
        thread.refresh_from_db()
    return Everything(
        member=member,
        other=other,
        forum=forum,
        own_thread=own.forum_thread,
        lonely_thread=lonely.forum_thread,
        others_thread=theirs.forum_thread,
        reply=reply,
        answered=answered,
        decided=decided,
        outcome=outcome,
        response=response,
        email_question=email_question.clean_name,
    )
