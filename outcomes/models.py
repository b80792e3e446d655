"""You said, we did: what changed because of what people told us."""

from collections import Counter

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page, Site
from wagtail.search import index

from core import published
from core.models import SitePage
from core.pagination import paginate
from search.kinds import KindNamedInIndex


class ActionStatus(models.TextChoices):
    DONE = "done", _("Done")
    IN_PROGRESS = "in_progress", _("In progress")
    PLANNED = "planned", _("Planned")
    NOT_POSSIBLE = "not_possible", _("Not possible")


# NHS.UK tag colours: green for done, blue for under way, grey for not started, red for "we
# cannot", so that people can scan a long list for the answer they care about.
STATUS_TAG_COLOURS = {
    ActionStatus.DONE: "green",
    ActionStatus.IN_PROGRESS: "blue",
    ActionStatus.PLANNED: "grey",
    ActionStatus.NOT_POSSIBLE: "red",
}


def summarise_actions(themes):
    """How far we have got, at a glance: "4 actions: 2 done, 1 in progress, 1 not possible"."""
    counts = Counter(theme.status for theme in themes)
    total = sum(counts.values())
    if not total:
        return ""
    breakdown = ", ".join(f"{counts[status]} {status.label.lower()}" for status in ActionStatus if counts[status])
    return ngettext("%(count)d action: %(breakdown)s", "%(count)d actions: %(breakdown)s", total) % {
        "count": total,
        "breakdown": breakdown,
    }


class OutcomeIndexPage(SitePage):
    """Every "you said, we did" page, newest first, wherever it sits in the page tree."""

    PER_PAGE = 10

    introduction = models.TextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    subpage_types = ["outcomes.OutcomePage"]
    max_count = 1

    class Meta:
        verbose_name = _("outcomes index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Outcomes may sit under their consultation or service change rather than here, so
        # list them from the whole site, not from this page's children.
        outcomes = (
            published.public(OutcomePage.objects.live())
            .in_site(Site.find_for_request(request))
            .select_related("consultation", "service_change")
            .order_by("-first_published_at", "-pk")
        )
        pagination = paginate(request, outcomes, self.PER_PAGE)
        context.update(outcomes=pagination.page_obj, **pagination.as_context())
        return context


class OutcomePage(KindNamedInIndex, SitePage):
    """What we heard, what we did about it, and where each action has got to."""

    consultation = models.ForeignKey(
        "consultations.ConsultationPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="outcomes"
    )
    service_change = models.ForeignKey(
        "service_changes.ServiceChangePage", null=True, blank=True, on_delete=models.SET_NULL, related_name="outcomes"
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
        InlinePanel(
            "themes",
            heading=_("You said, we did"),
            help_text=_(
                "People see these grouped by progress: done first, then in progress, planned and not possible."
            ),
            min_num=1,
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("introduction"),
        index.RelatedFields("themes", [index.SearchField("you_said"), index.SearchField("we_did")]),
    ]

    parent_page_types = [
        "outcomes.OutcomeIndexPage",
        "consultations.ConsultationPage",
        "service_changes.ServiceChangePage",
    ]
    subpage_types = []

    class Meta:
        verbose_name = _("'you said, we did' page")

    def clean(self):
        super().clean()
        if not self.consultation and not self.service_change:
            raise ValidationError(_("Choose the consultation or service change this is the outcome of."))

    @property
    def belongs_to(self):
        """The consultation or service change this reports on."""
        return self.consultation or self.service_change

    @cached_property
    def theme_list(self):
        """The themes grouped by progress in the order the summary line counts them ("2 done,
        1 in progress, ..."), in the editor's order within each group; fetched once however
        often a template asks."""
        order = list(ActionStatus)
        return sorted(self.themes.all(), key=lambda theme: order.index(theme.status))

    @property
    def action_summary(self):
        return summarise_actions(self.theme_list)


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

    @property
    def is_not_possible(self):
        return self.status == ActionStatus.NOT_POSSIBLE

    @property
    def tag_colour(self):
        return STATUS_TAG_COLOURS[self.status]
