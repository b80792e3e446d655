"""What people told us, and, kept apart from it, who asked to hear back."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.models import AbstractFormSubmission


class Channel(models.TextChoices):
    """How a response reached us. Reports count responses by channel, to show who we reached."""

    ONLINE = "online", _("Online")
    PAPER = "paper", _("Paper")
    EVENT = "event", _("At an event")
    PHONE = "phone", _("By phone")
    EMAIL = "email", _("By e-mail")
    EASY_READ = "easy_read", _("Easy read")


# No 0/O or 1/I/L: people read references out over the phone.
REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def new_reference():
    return "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))


class ConsultationResponse(AbstractFormSubmission):
    """One person's answers to a consultation's questions, online or keyed in by staff."""

    reference = models.CharField(max_length=12, unique=True, default=new_reference, editable=False)
    channel = models.CharField(max_length=16, choices=Channel.choices, default=Channel.ONLINE)
    submission_token = models.UUIDField(
        null=True,
        blank=True,
        unique=True,
        editable=False,
        help_text=_("One per form shown, so that sending the same form twice stores one response."),
    )
    respondent = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="consultation_responses",
        help_text=_("The member who answered, if they were logged in."),
    )
    keyed_in_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("consultation response")
        indexes = [models.Index(fields=["page", "channel"])]
        permissions = [("view_contact_details", _("Can export respondents' contact details"))]

    def get_data(self):
        """The answers, with what the exports add. The address to tell the outcome is only
        exported when a column asks for it (see `QuestionnaireMixin.get_data_fields`)."""
        subscription = getattr(self, "outcome_subscription", None)
        return {
            **super().get_data(),
            "reference": self.reference,
            "channel": self.get_channel_display(),
            "outcome_email": subscription.email if subscription else "",
        }


class SubscriptionPurpose(models.TextChoices):
    """What someone asked us to e-mail them about a consultation."""

    OPENING = "opening", _("When it opens")
    OUTCOME = "outcome", _("What we decided")


class SubscriptionQuerySet(models.QuerySet):
    def opening(self):
        return self.filter(purpose=SubscriptionPurpose.OPENING)

    def outcome(self):
        return self.filter(purpose=SubscriptionPurpose.OUTCOME)


class ConsultationSubscription(models.Model):
    """Someone who asked to be e-mailed about a consultation: when it opens ("Tell me when it
    opens", on a consultation coming soon) or what we decided ("Tell me what you decide", with
    their answers). Held apart from answers, so that answers can be shared and analysed
    without contact details. An opening request is deleted once they have been told: we keep
    an address no longer than we need it. An outcome request stays, and its notification's
    key makes sure they are told once."""

    consultation = models.ForeignKey(
        "consultations.ConsultationPage", on_delete=models.CASCADE, related_name="subscriptions"
    )
    purpose = models.CharField(_("purpose"), max_length=16, choices=SubscriptionPurpose.choices)
    email = models.EmailField(_("e-mail address"))
    response = models.OneToOneField(
        ConsultationResponse,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="outcome_subscription",
        help_text=_(
            "The response given with a request to hear the outcome, so the export with contact details can show it."
        ),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["consultation", "purpose", "email"], name="one_subscription_per_purpose")
        ]
        verbose_name = _("request to hear about a consultation")

    def __str__(self):
        return self.email
