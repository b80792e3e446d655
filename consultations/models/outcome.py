"""You said, we did: what changed because of what people told us."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page
from wagtail.search import index


class ActionStatus(models.TextChoices):
    DONE = "done", _("Done")
    IN_PROGRESS = "in_progress", _("In progress")
    PLANNED = "planned", _("Planned")
    NOT_POSSIBLE = "not_possible", _("Not possible")


class OutcomeIndexPage(Page):
    """Every "you said, we did" page, newest first, wherever it sits in the page tree."""

    introduction = models.TextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    subpage_types = ["consultations.OutcomePage"]
    max_count = 1

    class Meta:
        verbose_name = _("outcomes index")


class OutcomePage(Page):
    """What we heard, what we did about it, and where each action has got to."""

    consultation = models.ForeignKey(
        "consultations.ConsultationPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="outcomes"
    )
    service_change = models.ForeignKey(
        "consultations.ServiceChangePage", null=True, blank=True, on_delete=models.SET_NULL, related_name="outcomes"
    )
    summary = models.TextField(
        help_text=_("The main changes in two or three sentences. Shown first on the consultation.")
    )
    introduction = models.TextField(blank=True, help_text=_("Who took part and how, and how we used what they said."))

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("consultation"), FieldPanel("service_change")], heading=_("What this is the outcome of")
        ),
        FieldPanel("summary"),
        FieldPanel("introduction"),
        InlinePanel("themes", heading=_("You said, we did"), min_num=1),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("introduction"),
        index.RelatedFields("themes", [index.SearchField("you_said"), index.SearchField("we_did")]),
    ]

    parent_page_types = ["consultations.OutcomeIndexPage", "consultations.ConsultationPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("'you said, we did' page")

    def clean(self):
        super().clean()
        if not self.consultation and not self.service_change:
            raise ValidationError(_("Choose the consultation or service change this is the outcome of."))


class OutcomeTheme(Orderable):
    """One thing people told us, and what we did about it."""

    page = ParentalKey(OutcomePage, on_delete=models.CASCADE, related_name="themes")
    you_said = models.TextField(_("you said"))
    we_did = models.TextField(_("we did"))
    status = models.CharField(max_length=16, choices=ActionStatus.choices, default=ActionStatus.PLANNED)
    reason = models.TextField(
        blank=True, help_text=_("Needed when an action is not possible: tell people honestly why.")
    )

    panels = [FieldPanel("you_said"), FieldPanel("we_did"), FieldPanel("status"), FieldPanel("reason")]

    def clean(self):
        if self.status == ActionStatus.NOT_POSSIBLE and not self.reason.strip():
            raise ValidationError({"reason": _("Say why this is not possible.")})
