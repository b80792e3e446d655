"""What the forum holds about a member, for the personal data registry (people/personal_data.py):
their posts, the conversations they follow, the reports they made and any suspension or ban.

When a member deletes their account they choose what happens to their posts:
- keep them: the words stay where they are, shown as by "Former member", with no link back;
- remove them: each post is deleted as if they had deleted it themselves ("Deleted post" stays
  in its place, so replies still make sense). A conversation they started goes with it if
  nobody else wrote in it; otherwise it stays for the others, under a title that is not theirs.
Either way, the moderators' history keeps what they did, but no longer says to whose posts.
"""

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import ModelLogEntry

from people.personal_data import Contribution, Holding, TakingPart, moment, register

from . import notifying, posting
from .models import Follow, ForumPage, Post, Report, Sanction, Status, Thread

LATEST = 5
# What a conversation is called once the member who started it has deleted it, with their title.
TITLE_OF_A_FORMER_MEMBER = gettext_lazy("Conversation started by a former member")


def _permalink(forum, post):
    return forum.full_url + forum.reverse_subpage("permalink", kwargs={"post_id": post.pk}) if forum else ""


def _state(post):
    if post.is_deleted:
        return _("You deleted it")
    return post.get_status_display()


def posts_of(person):
    forum = ForumPage.current()
    posts = Post.objects.filter(user=person.user).select_related("forum_thread").order_by("submit_date", "pk")
    return [
        {
            _("conversation"): post.forum_thread.title,
            _("kind"): _("Opening post") if post.is_opening_post else _("Reply"),
            _("written"): moment(post.submit_date),
            _("changed"): moment(post.edited_at),
            _("what you wrote"): post.comment,
            _("state"): _state(post),
            _("house rule broken"): post.removal_reason,
            _("web address"): _permalink(forum, post),
        }
        for post in posts
    ]


def erase_posts(person):
    """Keep or remove the member's posts, as they chose, and unlink them. Returns how many posts."""
    user = person.user
    with notifying.silenced():
        if not person.keep_posts:
            _remove_conversations_started_by(user)
            for post in Post.objects.filter(user=user, deleted_at=None):
                posting.delete(post)
    posts = Post.objects.filter(user=user)
    post_ids = list(posts.values_list("pk", flat=True))
    posts.update(user=None, user_name="", user_email="", user_url="", ip_address=None)
    Thread.objects.filter(author=user).update(author=None)
    for post in Post.objects.filter(pk__in=post_ids).select_related("forum_thread"):
        _relabel_history(post, str(post))
    return len(post_ids)


def _remove_conversations_started_by(user):
    """A conversation nobody else wrote in goes; one with other people's posts stays for them,
    under a title that is not the former member's words."""
    for thread in Thread.objects.filter(author=user):
        others_wrote = thread.posts.exclude(user=user).filter(deleted_at=None).exists()
        if others_wrote:
            thread.title = str(TITLE_OF_A_FORMER_MEMBER)
            thread.save()
        else:
            for post in thread.posts.all():
                _relabel_history(post, _("A post in a deleted conversation"))
            thread.delete()


def _relabel_history(obj, label):
    """Moderators' decisions stay in Site history, relabelled so they name nobody."""
    content_type = ContentType.objects.get_for_model(obj, for_concrete_model=False)
    ModelLogEntry.objects.filter(content_type=content_type, object_id=str(obj.pk)).update(label=label)


def follows_of(person):
    follows = Follow.objects.filter(member=person.user).select_related("thread").order_by("created_at")
    return [{_("conversation"): follow.thread.title, _("since"): moment(follow.created_at)} for follow in follows]


def erase_follows(person):
    return Follow.objects.filter(member=person.user).delete()[0]


def _decision(report):
    if report.upheld is None:
        return _("Waiting for a moderator")
    return _("A moderator removed the post") if report.upheld else _("A moderator left the post up")


def reports_of(person):
    forum = ForumPage.current()
    reports = Report.objects.filter(reporter=person.user).select_related("post__forum_thread").order_by("created_at")
    return [
        {
            _("conversation"): report.post.forum_thread.title,
            _("post"): _permalink(forum, report.post),
            _("reason"): report.get_reason_display(),
            _("what you told the moderator"): report.details,
            _("made"): moment(report.created_at),
            _("decision"): _decision(report),
        }
        for report in reports
    ]


def erase_reports(person):
    return Report.objects.filter(reporter=person.user).delete()[0]


def sanctions_of(person):
    return [
        {
            _("kind"): _("Ban") if sanction.is_ban else _("Suspension"),
            _("from"): moment(sanction.created_at),
            _("until"): moment(sanction.until),
            _("reason"): sanction.reason,
            _("lifted"): moment(sanction.lifted_at),
        }
        for sanction in Sanction.objects.filter(member=person.user).order_by("created_at")
    ]


def erase_sanctions(person):
    sanctions = Sanction.objects.filter(member=person.user)
    for sanction in sanctions:
        _relabel_history(
            sanction, _("Ban of a former member") if sanction.is_ban else _("Suspension of a former member")
        )
    return sanctions.delete()[0]


def conversations_of(person):
    """The conversations the member started and the replies they wrote, latest first."""
    forum = ForumPage.current()
    if forum is None:
        return []
    mine = Post.objects.filter(user=person.user, deleted_at=None).select_related("forum_thread__category")
    started = mine.filter(level=0).order_by("-submit_date", "-pk")
    replies = mine.filter(level__gt=0).order_by("-submit_date", "-pk")
    return [
        TakingPart(
            heading=_("Conversations you started"),
            contributions=[_contribution(post, forum.thread_url(post.forum_thread)) for post in started[:LATEST]],
            total=started.count(),
        ),
        TakingPart(
            heading=_("Your replies in the forum"),
            contributions=[_contribution(post, _permalink(forum, post)) for post in replies[:LATEST]],
            total=replies.count(),
        ),
    ]


def _contribution(post, url):
    if post.status == Status.HELD:
        note = _("Waiting for a moderator. Only you can see it for now.")
    elif post.status == Status.REMOVED:
        note = _("A moderator removed it.")
    elif post.is_opening_post:
        count = post.forum_thread.reply_count
        note = _("1 reply") if count == 1 else _("%(count)s replies") % {"count": count}
    else:
        note = ""
    return Contribution(title=post.forum_thread.title, url=url, when=post.submit_date, note=note)


def register_holdings():
    register(
        Holding(
            name="forum_posts",
            title=gettext_lazy("Your forum posts"),
            description=gettext_lazy("Everything you wrote in the forum, and whether it is published."),
            when_erased=gettext_lazy(
                "You choose: we delete them, or we keep them with the name “Former member”. If you started a "
                "conversation that others wrote in, it stays for them, without your words."
            ),
            records=posts_of,
            erase=erase_posts,
            taking_part=conversations_of,
            has_keepable=lambda person: Post.objects.filter(user=person.user, deleted_at=None).exists(),
            keepable=gettext_lazy("your forum posts"),
            order=40,
        )
    )
    register(
        Holding(
            name="forum_follows",
            title=gettext_lazy("Conversations you follow"),
            description=gettext_lazy("The forum conversations we e-mail you about when someone replies."),
            records=follows_of,
            erase=erase_follows,
            order=41,
        )
    )
    register(
        Holding(
            name="forum_reports",
            title=gettext_lazy("Posts you reported"),
            description=gettext_lazy("Each post you reported to the moderators, why, and what they decided."),
            records=reports_of,
            erase=erase_reports,
            order=42,
        )
    )
    register(
        Holding(
            name="forum_suspensions",
            title=gettext_lazy("Suspensions and bans"),
            description=gettext_lazy("Any time a moderator stopped you posting, and why."),
            records=sanctions_of,
            erase=erase_sanctions,
            order=43,
        )
    )
