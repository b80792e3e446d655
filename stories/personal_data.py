"""What the stories room holds about a person, for the personal data registry
(people/personal_data.py): the stories they told, as a member or with an address they have
proved is theirs; and, on their account page, those stories with what the service said.

Deleting the account follows the choice the person makes for their forum posts: keep the
stories, told by "a former member" with nothing that points back to them, or delete them."""

from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.search.index import remove_object

from core.page_cache import forget_all_pages
from moderation.models import Status
from people.personal_data import Contribution, Holding, Link, TakingPart, moment, register

from .models import Change, Story

LATEST = 5


def stories_of(person):
    """Told as this member, or by anyone with an address the member has proved is theirs (an
    address they have not confirmed may be someone else's)."""
    addresses = person.addresses
    by_address = Q()
    for address in addresses:
        by_address |= Q(email__iexact=address)
    mine = Q(user=person.user) | (Q(user=None) & by_address) if addresses else Q(user=person.user)
    return Story.objects.filter(mine).select_related("service", "response").order_by("told_at", "pk")


def records_of(person):
    return [
        {
            _("service"): story.service.name,
            _("title"): story.title,
            _("your story"): story.text,
            _("name shown"): story.shown_name,
            _("told"): moment(story.told_at),
            _("state"): story.get_status_display() if story.confirmed_at else _("Not confirmed"),
            _("response"): getattr(getattr(story, "response", None), "text", ""),
        }
        for story in stories_of(person)
    ]


def stories_told(person):
    """The stories they sent us (confirmed), latest first, for "What you have taken part in"."""
    told = stories_of(person).exclude(confirmed_at=None).order_by("-told_at", "-pk")
    return [
        TakingPart(
            heading=_("Stories you told us"),
            contributions=[_contribution(story) for story in told[:LATEST]],
            total=told.count(),
        )
    ]


def _contribution(story):
    url = story.get_absolute_url() if story.is_visible else None
    response = getattr(story, "response", None)
    outcome = None
    if story.status == Status.HELD:
        note = _("Waiting for a moderator to read it.")
    elif story.status == Status.REMOVED:
        note = _("We did not publish it. Why: %(reason)s.") % {"reason": story.removal_reason.rstrip(".")}
    elif response is None:
        note = _("The service has not answered it yet.")
    else:
        note = _("The service answered it.")
        if response.change == Change.MADE:
            text = _("Change made: %(change)s") % {"change": response.change_summary}
        elif response.change == Change.PLANNED:
            text = _("Change planned: %(change)s") % {"change": response.change_summary}
        else:
            text = _("Read what the service said")
        outcome = Link(text=text, url=f"{url}#what-the-service-said")
    return Contribution(title=story.heading, url=url, when=story.told_at, note=note, outcome=outcome)


def erase(person):
    stories = list(stories_of(person))
    for story in stories:
        if person.keep_posts and story.is_visible:
            Story.objects.filter(pk=story.pk).update(user=None, email="", shown_name="", confirm_token_hash="")
        else:
            remove_object(story)
            story.delete()
    if stories:
        forget_all_pages()
    return len(stories)


def register_holdings():
    register(
        Holding(
            name="patient_stories",
            title=gettext_lazy("Your patient stories"),
            description=gettext_lazy("The stories you told us about our services, and whether we published them."),
            when_erased=gettext_lazy(
                "You choose, as for your forum posts: we delete them, or we keep the published ones, told by "
                "“a former member”, without your name."
            ),
            records=records_of,
            erase=erase,
            taking_part=stories_told,
            has_keepable=lambda person: stories_of(person).filter(status="published").exists(),
            keepable=gettext_lazy("your published stories"),
            order=45,
        )
    )
