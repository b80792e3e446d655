"""What members do in the forum: start threads, reply, edit, delete and report. Views call
these; so do the demo content and the tests, so the rules hold however a post arrives."""

from allauth.account.models import EmailAddress
from django.contrib.contenttypes.models import ContentType
from django.contrib.sites.models import Site
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.dates import format_date_and_time

from . import moderation, notifying
from .models import Follow, HoldReason, Post, Report, Sanction, Status, Thread
from .permissions import speaks_for_the_organisation
from .rules import reasons_to_hold

REPORTS_TO_HIDE = 3


def why_cannot_post(user):
    """None if `user` may post now; otherwise a sentence saying why not."""
    if not user.is_authenticated:
        return _("Please log in or create an account to take part.")
    sanction = Sanction.objects.in_force().filter(member=user).first()
    if sanction and sanction.is_ban:
        return _("You cannot post in the forum because a moderator has banned your account.")
    if sanction:
        return _("A moderator has paused your posting until %(until)s.") % {
            "until": format_date_and_time(sanction.until)
        }
    if not EmailAddress.objects.filter(user=user, verified=True).exists():
        return _("Please confirm your e-mail address before you post. We sent you a link when you signed up.")
    return None


def words_as_read(text, title=None):
    """What readers see of a post: an opening post is read under its thread's `title`, so
    the hold rules check the title with it."""
    return f"{title}\n\n{text}" if title else text


def _new_post(*, author, thread, text, parent=None):
    staff = speaks_for_the_organisation(author)
    reasons = reasons_to_hold(
        author, words_as_read(text, title=None if parent else thread.title), first_posts_checked=not staff
    )
    post = Post(
        content_type=ContentType.objects.get_for_model(Thread),
        object_pk=str(thread.pk),
        site=Site.objects.get_current(),
        user=author,
        comment=text,
        forum_thread=thread,
        parent_id=parent.pk if parent else 0,
        is_official=staff,
    )
    moderation.apply_hold(post, reasons)
    post.save()
    Follow.objects.get_or_create(thread=thread, member=author)
    return post


def start_thread(*, author, category, title, text, about=None):
    """Create a thread with its opening post. Returns the opening post, held or published."""
    with transaction.atomic():
        thread = Thread.objects.create(title=title, category=category, about=about, author=author)
        post = _new_post(author=author, thread=thread, text=text)
        thread.opening_post = post
        thread.is_public = post.status == Status.PUBLISHED
        thread.save(update_fields=["opening_post", "is_public"])
        moderation.after_status_change(post)
    return post


def reply(*, author, parent, text):
    """Reply to `parent`, any post in a thread, as deep as the thread allows."""
    with transaction.atomic():
        # One writer per thread at a time: django-comments-xtd renumbers the thread's order.
        thread = Thread.objects.select_for_update().get(pk=parent.forum_thread_id)
        post = _new_post(author=author, thread=thread, text=text, parent=parent)
        moderation.after_status_change(post)
    return post


def edit(post, text):
    """Change a post's text inside the edit window. An edit is checked like a new post, so
    adding a phone number later still holds it."""
    with transaction.atomic():
        post.comment = text
        post.edited_at = timezone.now()
        words = words_as_read(text, title=post.forum_thread.title if post.is_opening_post else None)
        reasons = reasons_to_hold(post.user, words, first_posts_checked=False)
        if HoldReason.NEW_MEMBER in post.hold_reasons and post.status == Status.HELD:
            reasons.insert(0, HoldReason.NEW_MEMBER)
        if reasons:
            moderation.apply_hold(post, reasons)
        post.save()
        moderation.after_status_change(post)
    return post


def delete(post):
    """The author takes back what they wrote. The text goes for good (we do not keep what
    someone chose to delete); the place stays, so replies to it still make sense."""
    with transaction.atomic():
        post.comment = ""
        post.deleted_at = timezone.now()
        post.save(update_fields=["comment", "deleted_at"])
        moderation.after_status_change(post)


def report(post, *, reporter, reason, details=""):
    """Record a member's report; returns False if they had reported this post already.
    Enough pending reports hold the post until a moderator decides."""
    try:
        with transaction.atomic():
            Report.objects.create(post=post, reporter=reporter, reason=reason, details=details)
            pending = post.reports.pending().count()
            if pending >= REPORTS_TO_HIDE and post.status == Status.PUBLISHED:
                moderation.apply_hold(post, [HoldReason.REPORTED])
                post.save(update_fields=["status", "hold_reasons", "held_at"])
                moderation.after_status_change(post)
            elif pending == 1:
                notifying.tell_moderators()
    except IntegrityError:
        return False
    return True
