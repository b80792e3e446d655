"""Service change pages: plain-language information about a proposed or decided change."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

SECTION_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class ServiceChangeStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    CONSULTING = "consulting", _("Asking for views")
    DECIDED = "decided", _("Decided")
    IN_PLACE = "in_place", _("In place")


class ServiceChangeIndexPage(Page):
    """All service changes, newest first."""

    introduction = models.TextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    subpage_types = ["consultations.ServiceChangePage"]
    max_count = 1

    class Meta:
        verbose_name = _("service changes index")


class ServiceChangePage(Page):
    """What is changing in a service, why, when, who it affects and how to have a say.

    The sections follow the questions people ask, in the order they ask them."""

    summary = models.TextField(help_text=_("The change in one or two plain sentences."))
    status = models.CharField(max_length=16, choices=ServiceChangeStatus.choices, default=ServiceChangeStatus.PROPOSED)
    topic = models.ForeignKey("consultations.Topic", on_delete=models.PROTECT, related_name="service_changes")
    place = models.ForeignKey("consultations.Place", on_delete=models.PROTECT, related_name="service_changes")
    what_is_changing = RichTextField(features=SECTION_FEATURES)
    why = RichTextField(_("why it is changing"), features=SECTION_FEATURES)
    who_is_affected = RichTextField(features=SECTION_FEATURES)
    what_it_means = RichTextField(_("what it means for you"), features=SECTION_FEATURES)
    what_has_been_decided = RichTextField(
        blank=True, features=SECTION_FEATURES, help_text=_("Leave blank until a decision is made.")
    )
    consultations = ParentalManyToManyField(
        "consultations.ConsultationPage",
        blank=True,
        related_name="service_changes",
        help_text=_("Consultations where people can have their say about this change."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("status"), FieldPanel("topic"), FieldPanel("place")]),
        FieldPanel("what_is_changing"),
        FieldPanel("why"),
        InlinePanel("milestones", heading=_("When: key dates")),
        FieldPanel("who_is_affected"),
        FieldPanel("what_it_means"),
        MultiFieldPanel([FieldPanel("consultations")], heading=_("How to have your say")),
        FieldPanel("what_has_been_decided"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("what_is_changing"),
        index.SearchField("why"),
        index.SearchField("who_is_affected"),
        index.SearchField("what_it_means"),
        index.SearchField("what_has_been_decided"),
        index.FilterField("status"),
    ]

    parent_page_types = ["consultations.ServiceChangeIndexPage"]
    subpage_types = ["consultations.OutcomePage"]

    class Meta:
        verbose_name = _("service change")


class ServiceChangeMilestone(Orderable):
    """A step on the timeline: proposal published, consultation, decision, change starts."""

    page = ParentalKey(ServiceChangePage, on_delete=models.CASCADE, related_name="milestones")
    date = models.DateField()
    label = models.CharField(max_length=200)

    panels = [FieldRowPanel([FieldPanel("date"), FieldPanel("label")])]

    class Meta(Orderable.Meta):
        ordering = ["date"]
