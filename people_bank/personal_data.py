"""What the People Bank holds about a person, for "Download your data" and "Delete your
account" (people/personal_data.py), and its retention rule (people/retention.py)."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from people import personal_data, retention

from .joining import purge_unconfirmed
from .keeping import warn_and_delete
from .models import Entry


def entries_of(person):
    """The entries that are the person's: linked to their account, or at an address they proved
    is theirs (not one they have not confirmed, which may be someone else's)."""
    return Entry.objects.filter(Q(user=person.user) | Q(email__in=person.addresses))


def records(person):
    moment = personal_data.moment
    return [
        {
            "name": entry.name,
            "email": entry.email,
            "phone": entry.phone,
            "place": entry.place.name if entry.place else "",
            "postcode_district": entry.postcode_district,
            "topics": "; ".join(topic.name for topic in entry.topics.all()),
            "ways_to_take_part": "; ".join(str(way.label) for way in entry.ways),
            "access_needs": entry.access_needs,
            "preferred_format": entry.get_preferred_format_display(),
            "language": entry.language,
            "paused": entry.paused,
            "joined": moment(entry.created_at),
            "confirmed": moment(entry.confirmed_at),
            "consent_given": moment(entry.consented_at),
            "consent_wording_version": entry.consent_version,
            "last_changed_or_kept": moment(entry.last_active_at),
            "asked_whether_to_stay": moment(entry.keep_warning_sent_at),
            "invited_to": "; ".join(
                f"{invitation.announcement.page.title} ({moment(invitation.created_at)})"
                for invitation in entry.invitations.select_related("announcement__page").order_by("created_at")
            ),
        }
        for entry in entries_of(person).select_related("place")
    ]


def erase(person):
    deleted, by_model = entries_of(person).delete()
    return by_model.get("people_bank.Entry", 0)


personal_data.register(
    personal_data.Holding(
        name="people_bank",
        title=_("Your People Bank entry"),
        description=_(
            "What you told us when you joined the People Bank, when you agreed to it, when you last changed it or "
            "told us to keep it, and what we invited you to."
        ),
        records=records,
        erase=erase,
        order=30,
    )
)
retention.register(retention.Rule(name="people_bank_unconfirmed", purge=purge_unconfirmed))
retention.register(retention.Rule(name="people_bank_inactive", purge=warn_and_delete))
