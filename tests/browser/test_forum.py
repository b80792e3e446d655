"""The forum in Chromium: a person signs up and starts a conversation, a moderator approves it,
another member replies by keyboard alone, and a new member's reply waits for the moderator;
axe checks every forum page, and the thread page fits a phone screen.

Screenshots go to /tmp/forum-shots/ for a person to look at; they are not committed."""

import importlib
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core import mail
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from playwright.sync_api import expect

from demo.factories.consultations import ConsultationPageFactory
from demo.factories.forum import CategoryFactory, HouseRuleFactory, established_member, start_thread
from demo.factories.people import MemberFactory
from forum import moderation, posting
from forum.models import Follow, ForumPage, SafeguardingTerm
from forum.notifying import unsubscribe_kwargs
from tests.browser.accounts import PASSWORD, log_in

SHOTS = Path("/tmp/forum-shots")  # noqa: S108 - screenshots for a person to look at, not secrets
SHOTS.mkdir(exist_ok=True)
PHONE = {"width": 375, "height": 812}


# --- The world the tests need --------------------------------------------------------------


@pytest.fixture
def forum_roles(staff_roles):
    """The staff roles (Moderators moderate posts and see sanctions) and the safeguarding word
    list, which the forum's own migration starts (the list is the moderation app's now)."""
    first_words = importlib.import_module("forum.migrations.0002_roles_and_safeguarding_words")
    for phrase in first_words.SAFEGUARDING_PHRASES:
        SafeguardingTerm.objects.get_or_create(phrase=phrase)


@pytest.fixture
def forum(home_page, forum_roles):
    page = ForumPage(title="Forum", slug="forum", intro="<p>Talk about local health and care services.</p>")
    home_page.add_child(instance=page)
    HouseRuleFactory(page=page, title="Be kind", explanation="Disagree with ideas, not people.", sort_order=0)
    HouseRuleFactory(
        page=page,
        title="Keep personal details private",
        explanation="No names, NHS numbers, phone numbers or addresses.",
        sort_order=1,
    )
    return page


@pytest.fixture
def transport(forum):
    return CategoryFactory(
        name="Getting to hospital", slug="transport", description="Buses, parking, patient transport and lifts."
    )


@pytest.fixture
def moderator(forum_roles):
    user = MemberFactory(email="mo@example.org", display_name="Mo from the engagement team")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def log_in_quickly(page, user, live_server):
    """Give the browser a session cookie for `user`, for tests about pages rather than logging in
    (and to stay clear of allauth's limit of 30 log-ins a minute from one address)."""
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}])


def tab_to(page, target, most=80):
    """Press Tab until `target` has focus, as a keyboard user would, and fail if it never does."""
    for _press in range(most):
        page.keyboard.press("Tab")
        if target.evaluate("element => element === document.activeElement"):
            return
    pytest.fail(f"{target} never took focus after {most} presses of Tab")


def check(page, assert_no_axe_violations, shot=None, *, heading=None):
    if heading is not None:
        expect(page.get_by_role("heading", level=1)).to_have_text(heading)
    assert_no_axe_violations(page)
    if shot:
        page.screenshot(path=SHOTS / f"{shot}.png", full_page=True)


def approve_in_queue(page, text):
    """As a moderator: open the queue, find the post by its words and press its Approve button."""
    page.goto("/admin/forum/queue/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Moderation")
    row = page.locator("tbody tr", has_text=text)
    expect(row).to_have_count(1)
    row.get_by_role("button", name="Approve").click()
    expect(page.get_by_text(re.compile(r"Published the post by"))).to_be_visible()
    expect(page.locator("tbody tr", has_text=text)).to_have_count(0)


# --- The journey ---------------------------------------------------------------------------


def test_sign_up_start_a_thread_approve_and_reply_by_keyboard(
    new_page, live_server, forum, transport, moderator, assert_no_axe_violations
):
    bea = established_member(email="bea@example.org", display_name="Bea")
    cal = MemberFactory(email="cal@example.org", display_name="Cal")  # brand new: first posts are held

    # Robin signs up, confirms their e-mail address and is logged in.
    robin = new_page()
    robin.goto("/accounts/signup/")
    check(robin, assert_no_axe_violations, heading="Create an account")
    robin.get_by_label("E-mail address").fill("robin@example.org")
    robin.get_by_label("Display name").fill("Robin")
    robin.get_by_label("Create a password").fill(PASSWORD)
    robin.get_by_label("Type your password again").fill(PASSWORD)
    robin.get_by_role("button", name="Create account").click()
    expect(robin.get_by_role("heading", level=1)).to_have_text("Check your e-mail")
    (confirmation,) = [message for message in mail.outbox if message.to == ["robin@example.org"]]
    robin.goto(re.search(r"https?://\S+", confirmation.body).group())
    robin.get_by_role("button", name="Confirm my e-mail address").click()
    expect(robin.get_by_role("heading", level=1)).to_have_text("Your account")

    # Robin starts a conversation. It is their first post, so it waits for a moderator.
    robin.goto("/forum/")
    robin.get_by_role("link", name="Start a conversation").click()
    expect(robin.get_by_role("heading", level=1)).to_have_text("Start a conversation")
    robin.get_by_label("Title").fill("Is there a late bus to Kellsmoor hospital?")
    robin.get_by_label("Getting to hospital").check()
    robin.get_by_label("Your post").fill("Visiting ends at 8pm but the last bus goes at 7.\n\nHow do people get home?")
    robin.get_by_role("button", name="Post your conversation").click()
    check(robin, assert_no_axe_violations, "waiting-after-posting", heading="Your post is waiting for a moderator")
    expect(robin.locator("main")).to_contain_text("We have saved your post")
    expect(robin.locator("main")).to_contain_text("one of your first posts", ignore_case=True)

    # Only Robin sees it, with a notice saying why; visitors do not.
    robin.get_by_role("link", name="Go to the conversation").click()
    expect(robin.get_by_role("heading", level=1)).to_have_text("Is there a late bus to Kellsmoor hospital?")
    expect(robin.get_by_text("Only you can see this post for now")).to_be_visible()
    check(robin, assert_no_axe_violations, "thread-held-for-its-author")
    thread_url = robin.url.split("#")[0]
    visitor = new_page()
    assert visitor.goto(thread_url).status == 404

    # The moderator approves it in the queue.
    mo = new_page()
    log_in(mo, moderator)
    approve_in_queue(mo, "Visiting ends at 8pm")
    visitor.goto(thread_url)
    expect(visitor.get_by_text("Visiting ends at 8pm but the last bus goes at 7.")).to_be_visible()

    # Bea, an established member, logs in and replies with the keyboard only.
    bea_page = new_page()
    log_in(bea_page, bea)
    bea_page.goto("/forum/")
    tab_to(bea_page, bea_page.get_by_role("link", name="Is there a late bus to Kellsmoor hospital?"))
    bea_page.keyboard.press("Enter")
    expect(bea_page.get_by_role("heading", level=1)).to_have_text("Is there a late bus to Kellsmoor hospital?")
    reply_box = bea_page.get_by_label("Your reply")
    tab_to(bea_page, reply_box)
    bea_page.keyboard.type("The hospital runs a free minibus at 8.15pm from the main entrance.")
    tab_to(bea_page, bea_page.get_by_role("button", name="Post your reply"), most=5)
    bea_page.keyboard.press("Enter")
    # Published at once: Bea lands on her reply in the thread.
    expect(bea_page).to_have_url(re.compile(r"#post-\d+$"))
    bea_reply = bea_page.locator("article", has_text="free minibus")
    expect(bea_reply).to_be_visible()
    expect(bea_reply).to_contain_text("Bea")
    visitor.goto(thread_url)
    expect(visitor.get_by_text("The hospital runs a free minibus")).to_be_visible()
    expect(visitor.get_by_role("heading", name="1 reply")).to_be_visible()

    # Cal is brand new: his reply to Bea waits for the moderator.
    cal_page = new_page()
    log_in(cal_page, cal)
    cal_page.goto(thread_url)
    cal_page.get_by_role("link", name="Reply to Bea").click()
    check(cal_page, assert_no_axe_violations, "reply-page", heading="Reply to Bea")
    cal_page.get_by_label("Your reply").fill("Thank you, I did not know about the minibus.")
    cal_page.get_by_role("button", name="Post your reply").click()
    expect(cal_page.get_by_role("heading", level=1)).to_have_text("Your post is waiting for a moderator")
    visitor.goto(thread_url)
    expect(visitor.get_by_text("I did not know about the minibus")).to_have_count(0)

    # The moderator approves it, and it shows under Bea's reply.
    approve_in_queue(mo, "I did not know about the minibus")
    visitor.goto(thread_url)
    bea_item = visitor.locator("li.forum-thread__item", has=visitor.locator("article", has_text="free minibus"))
    expect(bea_item.locator("ol li article", has_text="I did not know about the minibus")).to_be_visible()
    expect(visitor.get_by_role("heading", name="2 replies")).to_be_visible()


# --- Every page, checked by axe ------------------------------------------------------------


@pytest.fixture
def conversation(forum, transport, moderator, home_page):
    """A thread with everything a thread page can show: replies three deep, an official answer,
    a post its author deleted (with a reply below it), one a moderator removed, a link, and a
    newcomer's reply waiting for a moderator. Other threads to sort, one about a consultation,
    and the newcomer's safeguarding post."""
    bea = established_member(email="bea@example.org", display_name="Bea")
    chen = established_member(email="chen@example.org", display_name="Chen")
    asha = MemberFactory(email="asha@example.org", display_name="Asha")
    CategoryFactory(name="Mental health", slug="mental-health", description="Support, services and waiting times.")

    opening = start_thread(
        bea,
        category=transport,
        title="Is there a late bus to Kellsmoor hospital?",
        text="Visiting ends at 8pm but the last bus goes at 7.\n\nHow do people get home?",
    )
    minibus = posting.reply(
        author=chen,
        parent=opening,
        text="The hospital runs a free minibus at 8.15pm. The timetable is at "
        "https://www.example.org/kellsmoor-hospital/visiting/evening-minibus-timetable-for-visitors-and-carers.pdf",
    )
    thanks = posting.reply(author=bea, parent=minibus, text="Thank you. Does it stop at the station?")
    posting.reply(author=chen, parent=thanks, text="Yes, on the bus station side, stand C.")
    posting.reply(
        author=moderator,
        parent=opening,
        text="From the engagement team: we are asking about evening transport in our consultation this spring.",
    )
    deleted = posting.reply(author=chen, parent=opening, text="Something I thought better of.")
    posting.reply(author=bea, parent=deleted, text="A reply that stays after the post above it went.")
    posting.delete(deleted)
    moderation.remove(posting.reply(author=chen, parent=opening, text="Rude words."), moderator, "Be kind")
    held = posting.reply(author=asha, parent=opening, text="I get a taxi, it costs about twenty pounds.")

    for number in range(3):
        other = start_thread(chen, category=transport, title=f"Parking at Wendlebridge, question {number + 1}")
        for _reply in range(number):
            posting.reply(author=bea, parent=other, text="Parking is free after 6pm.")
    consultation = ConsultationPageFactory(parent=home_page, title="Evening transport to hospital", slug="evening")
    start_thread(chen, category=transport, title="Evening buses: what should we ask for?", about=consultation)
    worried = start_thread(
        asha, category=transport, title="Waiting for a bed", text="Some days I want to die while I wait."
    )
    return {
        "thread": opening.forum_thread,
        "opening": opening,
        "minibus": minibus,
        "held": held,
        "worried": worried,
        "bea": bea,
        "asha": asha,
        "consultation": consultation,
    }


def test_every_forum_page_passes_axe(new_page, live_server, forum, conversation, assert_no_axe_violations):
    thread, held, minibus = conversation["thread"], conversation["held"], conversation["minibus"]
    thread_url = forum.thread_url(thread)

    visitor = new_page()
    visitor.goto("/forum/")
    check(visitor, assert_no_axe_violations, "front-page", heading="Forum")
    visitor.goto("/forum/transport/?sort=replies")
    check(visitor, assert_no_axe_violations, "category", heading="Getting to hospital")
    expect(visitor.get_by_label("Sort by")).to_have_value("replies")
    visitor.goto(thread_url)
    check(visitor, assert_no_axe_violations, "thread-visitor", heading=thread.title)
    expect(visitor.get_by_text("This post was deleted by the author.")).to_be_visible()
    expect(visitor.get_by_text("it broke the house rule: Be kind")).to_be_visible()
    expect(visitor.get_by_text("Official response")).to_be_visible()
    expect(visitor.get_by_text("I get a taxi")).to_have_count(0)
    expect(visitor.get_by_role("link", name="Log in")).to_be_visible()

    follow = Follow.objects.get(thread=thread, member=conversation["bea"])
    visitor.goto(reverse("forum_unsubscribe", kwargs=unsubscribe_kwargs(follow)))
    check(visitor, assert_no_axe_violations, "unsubscribe", heading="Stop e-mails about this conversation?")
    visitor.get_by_role("button", name="Stop these e-mails").click()
    check(visitor, assert_no_axe_violations, "unsubscribed")
    expect(visitor.get_by_role("heading", level=1)).to_contain_text("You will not get any more e-mails")

    visitor.goto("/forum/search/")
    check(visitor, assert_no_axe_violations, "search-empty", heading="Search the forum")
    visitor.goto("/forum/search/?q=minibus")
    check(visitor, assert_no_axe_violations, "search-results", heading="Search results")
    expect(visitor.locator("main")).to_contain_text("Is there a late bus to Kellsmoor hospital?")

    visitor.goto(conversation["consultation"].url)
    expect(visitor.get_by_role("heading", name="Conversations about this")).to_be_visible()
    expect(visitor.get_by_role("link", name="Evening buses: what should we ask for?")).to_be_visible()
    check(visitor, assert_no_axe_violations, "consultation-conversations")

    # Asha, a newcomer whose reply is waiting: her notice on the thread page, and her own pages.
    asha = new_page()
    log_in_quickly(asha, conversation["asha"], live_server)
    asha.goto(thread_url)
    expect(asha.get_by_text("Only you can see this post for now")).to_be_visible()
    expect(asha.get_by_text("I get a taxi")).to_be_visible()
    check(asha, assert_no_axe_violations, "thread-member", heading=thread.title)

    asha.goto(f"/forum/posts/{conversation['worried'].pk}/waiting/")
    check(asha, assert_no_axe_violations, "waiting-safeguarding", heading="Your post is waiting for a moderator")
    expect(asha.get_by_role("heading", name=re.compile("If you or someone else is in danger"))).to_be_visible()
    expect(asha.get_by_role("link", name="116 123")).to_be_visible()

    asha.goto("/forum/new/")
    check(asha, assert_no_axe_violations, "start-thread", heading="Start a conversation")
    asha.get_by_role("button", name="Post your conversation").click()
    expect(asha.locator(".nhsuk-error-summary")).to_be_focused()
    expect(asha).to_have_title(re.compile("^Error: Start a conversation"))
    check(asha, assert_no_axe_violations, "start-thread-errors")

    asha.goto(f"/forum/posts/{minibus.pk}/reply/")
    check(asha, assert_no_axe_violations, heading="Reply to Chen")
    asha.get_by_role("button", name="Post your reply").click()
    expect(asha.locator(".nhsuk-error-summary")).to_be_focused()
    check(asha, assert_no_axe_violations, "reply-errors")

    asha.goto(f"/forum/posts/{minibus.pk}/report/")
    check(asha, assert_no_axe_violations, "report", heading="Report a post")
    asha.get_by_role("button", name="Send report").click()
    expect(asha.locator(".nhsuk-error-summary")).to_be_focused()
    check(asha, assert_no_axe_violations, "report-errors")
    asha.get_by_label("It is spam or advertising").check()
    asha.get_by_role("button", name="Send report").click()
    check(asha, assert_no_axe_violations, "reported", heading="Thank you for your report")

    asha.goto(f"/forum/posts/{held.pk}/edit/")
    check(asha, assert_no_axe_violations, "edit", heading="Change your post")
    asha.goto(f"/forum/posts/{held.pk}/delete/")
    check(asha, assert_no_axe_violations, "delete", heading="Delete your post?")
    asha.get_by_role("button", name="Yes, delete my post").click()
    check(asha, assert_no_axe_violations, "deleted", heading="Your post has been deleted")

    asha.goto("/accounts/logout/")
    asha.get_by_role("button", name="Log out").click()
    asha.goto("/accounts/login/")
    check(asha, assert_no_axe_violations, heading="Log in")


def test_the_thread_page_fits_a_phone_screen(new_page, live_server, forum, conversation, assert_no_axe_violations):
    thread_url = forum.thread_url(conversation["thread"])

    desktop = new_page()
    log_in_quickly(desktop, conversation["asha"], live_server)
    desktop.goto(thread_url)
    desktop.screenshot(path=SHOTS / "thread-desktop.png", full_page=True)

    for who in ("visitor", "member"):
        phone = new_page(viewport=PHONE, is_mobile=True, has_touch=True)
        if who == "member":
            log_in_quickly(phone, conversation["asha"], live_server)
        phone.goto(thread_url)
        expect(phone.get_by_text("Yes, on the bus station side, stand C.")).to_be_visible()
        width = phone.evaluate("[document.scrollingElement.scrollWidth, window.innerWidth]")
        phone.screenshot(path=SHOTS / f"thread-phone-{who}.png", full_page=True)
        assert width[0] <= width[1], f"the thread page is {width[0]}px wide on a {width[1]}px phone ({who})"
        assert_no_axe_violations(phone)


def test_a_reply_sent_too_quickly_comes_back_with_its_words_and_help(
    new_page, live_server, forum, conversation, assert_no_axe_violations
):
    """Bea's account is new, so she may post once every 30 seconds. Her second reply comes
    back in its form, words kept, with the wait named and, as its words worry us, the
    urgent help card a held post would show."""
    cache.clear()  # no limits left over from another test's member with the same id
    bea = new_page()
    log_in_quickly(bea, conversation["bea"], live_server)
    reply_url = f"/forum/posts/{conversation['minibus'].pk}/reply/"
    bea.goto(reply_url)
    bea.get_by_label("Your reply").fill("Thank you, I will try it on Friday.")
    bea.get_by_role("button", name="Post your reply").click()
    expect(bea.get_by_text("Thank you, I will try it on Friday.")).to_be_visible()

    words = "Some nights I want to end my life, the evenings are so long."
    bea.goto(reply_url)
    bea.get_by_label("Your reply").fill(words)
    bea.get_by_role("button", name="Post your reply").click()

    expect(bea.locator(".nhsuk-error-summary")).to_be_focused()
    expect(bea.locator(".nhsuk-error-summary")).to_contain_text(re.compile(r"Please wait \d+ seconds?, then send it"))
    expect(bea.get_by_label("Your reply")).to_have_value(words)
    expect(bea.get_by_role("heading", name=re.compile("If you or someone else is in danger"))).to_be_visible()
    expect(bea.get_by_role("link", name="116 123")).to_be_visible()
    check(bea, assert_no_axe_violations, "reply-too-quick", heading="Reply to Chen")
