"""What feedback holds about a person: only suggestions carry a name and an e-mail address (quick
feedback and involvement answers hold nobody). They join "Download your data" and "Delete your
account" (people/personal_data.py) and the retention rules (people/retention.py)."""

from datetime import timedelta

from django.conf import settings
from django.db.models import Max
from django.db.models.functions import Coalesce, Lower
from django.utils.translation import gettext_lazy as _

from people import personal_data, retention

from .models import Suggestion


def suggestions_of(person):
    """Suggestions sent from an address the person proved is theirs."""
    return Suggestion.objects.annotate(address=Lower("email")).filter(address__in=person.addresses)


def records(person):
    return [
        {
            "sent": personal_data.moment(suggestion.created_at),
            "service": suggestion.service.name if suggestion.service else "",
            "suggestion": suggestion.text,
            "name": suggestion.name,
            "email": suggestion.email,
            "status": suggestion.get_status_display(),
            "what_we_told_you": suggestion.reason,
        }
        for suggestion in suggestions_of(person).select_related("service").order_by("created_at")
    ]


def erase(person):
    deleted, by_model = suggestions_of(person).delete()
    return by_model.get("feedback.Suggestion", 0)


def purge_old_suggestions(now):
    """Suggestions nobody has moved on for SURVEY_CONTACT_DETAILS_DAYS, with the name and address
    they hold: by then we have told the person all we will."""
    before = now - timedelta(days=settings.SURVEY_CONTACT_DETAILS_DAYS)
    old = Suggestion.objects.annotate(last=Coalesce(Max("changes__changed_at"), "created_at")).filter(last__lt=before)
    deleted, by_model = Suggestion.objects.filter(pk__in=list(old.values_list("pk", flat=True))).delete()
    return {_("suggestions and the contact details with them"): by_model.get("feedback.Suggestion", 0)}


personal_data.register(
    personal_data.Holding(
        name="suggestions",
        title=_("Your suggestions"),
        description=_("The suggestions you sent us, with the name and e-mail address you gave, and what we told you."),
        records=records,
        erase=erase,
        order=60,
    )
)
retention.register(retention.Rule(name="feedback_suggestions", purge=purge_old_suggestions))
