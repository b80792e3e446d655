"""Service change pages: plain-language information about a proposed or decided change."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from consultations.models import ConsultationPage
from core import published
from core.dates import format_date_and_time
from core.models import SitePage
from core.pagination import paginate
from events.models import EventPage
from plain_language.panel import PlainLanguagePanel
from search.kinds import KindNamedInIndex

SECTION_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]
PER_PAGE = 10


class ServiceChangeStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    CONSULTING = "consulting", _("Asking for views")
    DECIDED = "decided", _("Decided")
    IN_PLACE = "in_place", _("In place")


# NHS.UK tag colours. The status is also in the tag's words, so colour is never the only cue.
STATUS_TAG_CLASSES = {
    ServiceChangeStatus.PROPOSED: "nhsuk-tag--blue",
    ServiceChangeStatus.CONSULTING: "nhsuk-tag--green",
    ServiceChangeStatus.DECIDED: "nhsuk-tag--purple",
    ServiceChangeStatus.IN_PLACE: "nhsuk-tag--grey",
}


class ServiceChangeIndexPage(SitePage):
    """All service changes, newest first."""

    introduction = models.TextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    subpage_types = ["service_changes.ServiceChangePage"]
    max_count = 1

    class Meta:
        verbose_name = _("service changes index")

    def get_context(self, request, *args, **kwargs):
        from .forms import ServiceChangeFilterForm  # it imports the statuses from here

        context = super().get_context(request, *args, **kwargs)
        form = ServiceChangeFilterForm({"status": request.GET.get("status", "")})
        changes = (
            published.public(ServiceChangePage.objects.live())
            .child_of(self)
            .select_related("topic", "place")
            .order_by("-first_published_at", "-pk")
        )
        status = form.cleaned_data["status"] if form.is_valid() else ""
        if status:
            changes = changes.filter(status=status)
        pagination = paginate(request, changes, PER_PAGE)
        context.update(
            filter_form=form,
            changes=pagination.page_obj,
            result_count=pagination.page_obj.paginator.count,
            is_filtered=bool(status),
            **pagination.as_context(),
        )
        return context


class ServiceChangePage(KindNamedInIndex, SitePage):
    """What is changing in a service, why, when, who it affects and how to have a say.

    The sections follow the questions people ask, in the order they ask them."""

    summary = models.TextField(help_text=_("The change in one or two plain sentences."))
    status = models.CharField(max_length=16, choices=ServiceChangeStatus.choices, default=ServiceChangeStatus.PROPOSED)
    topic = models.ForeignKey("taxonomy.Topic", on_delete=models.PROTECT, related_name="service_changes")
    place = models.ForeignKey("taxonomy.Place", on_delete=models.PROTECT, related_name="service_changes")
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
        PlainLanguagePanel(
            fields=["summary", "what_is_changing", "why", "who_is_affected", "what_it_means", "what_has_been_decided"]
        ),
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

    parent_page_types = ["service_changes.ServiceChangeIndexPage"]
    subpage_types = ["outcomes.OutcomePage", "consultations.EasyReadPage"]

    class Meta:
        verbose_name = _("service change")

    @property
    def status_tag_class(self):
        return STATUS_TAG_CLASSES[self.status]

    def get_context(self, request, *args, **kwargs):
        """The timeline and the ways to have a say, in a fixed number of queries."""
        context = super().get_context(request, *args, **kwargs)
        # Through the page's own relation, so that a preview shows unsaved choices too.
        consultation_ids = list(self.consultations.values_list("pk", flat=True))
        consultations = list(
            published.public(ConsultationPage.objects.live())
            .filter(pk__in=consultation_ids)
            .with_stage()
            .order_by("stage_order", "closes_at")
        )
        for consultation in consultations:
            consultation.opens_on = format_date_and_time(consultation.opens_at)
            consultation.closes_on = format_date_and_time(consultation.closes_at)
        context.update(
            milestones=self.milestones.order_by("date", "sort_order"),
            consultations=consultations,
            events=published.public(EventPage.objects.live())
            .filter(consultation__in=consultations, ends_at__gte=timezone.now())
            .select_related("consultation")
            .order_by("starts_at"),
            outcome=published.public(self.outcomes.live()).order_by("first_published_at").first(),
        )
        return context


class ServiceChangeMilestone(Orderable):
    """A step on the timeline: proposal published, consultation, decision, change starts."""

    page = ParentalKey(ServiceChangePage, on_delete=models.CASCADE, related_name="milestones")
    date = models.DateField()
    label = models.CharField(max_length=200)

    panels = [FieldRowPanel([FieldPanel("date"), FieldPanel("label")])]

    class Meta(Orderable.Meta):
        ordering = ["date"]

    @property
    def is_done(self):
        return self.date < timezone.localdate()
