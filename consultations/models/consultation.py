"""Consultations: asking people what they think of a proposed change, then telling them what
happened. A consultation moves through coming soon, open, closed and outcome published; its
stage comes from its dates and from whether a live outcome page exists, never from a field
someone has to remember to change."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, Exists, IntegerField, OuterRef, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractFormField
from wagtail.contrib.routable_page.models import path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from consultations.page_form import ConsultationPageForm
from consultations.questionnaire import QuestionnaireMixin
from core import published
from core.blocks import BaseStreamBlock
from core.models import SitePage
from plain_language.panel import PlainLanguagePanel
from search.kinds import KindNamedInIndex
from search.outage import UNAVAILABLE_STATUS


class Stage(models.TextChoices):
    """Where a consultation is in the engagement cycle. Always derived, never set by hand."""

    COMING_SOON = "coming_soon", _("Coming soon")
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")
    OUTCOME_PUBLISHED = "outcome_published", _("Outcome published")


class EngagementLevel(models.TextChoices):
    """The ladder of engagement: how much say people have."""

    INFORMING = "informing", _("Informing")
    CONSULTING = "consulting", _("Consulting")
    INVOLVING = "involving", _("Involving")
    COLLABORATING = "collaborating", _("Collaborating")
    DEVOLVING = "devolving", _("Devolving")


ENGAGEMENT_EXPLANATIONS = {
    EngagementLevel.INFORMING: _("We are telling you about a change. The decision has been made."),
    EngagementLevel.CONSULTING: _("We want your views before we decide. We will tell you what we did with them."),
    EngagementLevel.INVOLVING: _("We are working with you to shape the plans, and your views will change them."),
    EngagementLevel.COLLABORATING: _("We are making the plans together with you, as partners."),
    EngagementLevel.DEVOLVING: _("Local people will make the decision themselves."),
}


def outcome_model():
    """The "you said, we did" page model. The outcomes room sits above this one and points at
    consultations (`OutcomePage.consultation`); a consultation finds its outcomes through that
    relation, as it finds its events, rather than importing the room above it."""
    return ConsultationPage._meta.get_field("outcomes").related_model


class ConsultationQuerySet(PageQuerySet):
    def with_stage(self, now=None):
        """Annotate `current_stage` and `stage_order` (open first) in the database, so the
        finder can filter and sort by stage in one query however many consultations there are."""
        now = now or timezone.now()
        live_outcome = outcome_model().objects.live().filter(consultation=OuterRef("pk"))
        stage = Case(
            When(opens_at__gt=now, then=Value(Stage.COMING_SOON)),
            When(closes_at__gt=now, then=Value(Stage.OPEN)),
            When(Exists(live_outcome), then=Value(Stage.OUTCOME_PUBLISHED)),
            default=Value(Stage.CLOSED),
            output_field=models.CharField(),
        )
        order = Case(
            When(current_stage=Stage.OPEN, then=Value(0)),
            When(current_stage=Stage.COMING_SOON, then=Value(1)),
            When(current_stage=Stage.CLOSED, then=Value(2)),
            default=Value(3),
            output_field=IntegerField(),
        )
        return self.annotate(current_stage=stage).annotate(stage_order=order)

    def open_now(self, now=None):
        now = now or timezone.now()
        return self.filter(Q(opens_at__lte=now) & Q(closes_at__gt=now))


ConsultationManager = PageManager.from_queryset(ConsultationQuerySet)


class ConsultationQuestion(AbstractFormField):
    """One question in a consultation's questionnaire, built by editors."""

    QUESTION_TYPES = [
        ("singleline", _("Short text")),
        ("multiline", _("Long text")),
        ("radio", _("Single choice (radio buttons)")),
        ("checkboxes", _("Multiple choice (checkboxes)")),
        ("dropdown", _("Drop-down list")),
        ("number", _("Number")),
        ("date", _("Date")),
        ("email", _("E-mail address")),
    ]
    CHOICE_TYPES = {"radio", "checkboxes", "dropdown"}

    page = ParentalKey("ConsultationPage", on_delete=models.CASCADE, related_name="form_fields")
    label = models.CharField(
        _("question"),
        max_length=255,
        help_text=_("The question as people will read it, for example 'How would you get to the birth centre?'"),
    )
    help_text = models.CharField(
        _("hint"),
        max_length=255,
        blank=True,
        help_text=_(
            "Optional. A short line under the question that helps people answer, for example 'Tick all that apply'."
        ),
    )
    required = models.BooleanField(
        _("must be answered"),
        default=True,
        help_text=_("Untick to let people skip this question. Staff keying in paper responses may always skip it."),
    )
    field_type = models.CharField(_("question type"), max_length=16, choices=QUESTION_TYPES)
    field_type.required_on_save = True
    choices = models.TextField(
        _("answers to choose from"),
        blank=True,
        help_text=_("One answer per line. Only for single choice, multiple choice and drop-down questions."),
    )

    easy_read_label = models.CharField(
        _("question in easy read"),
        max_length=255,
        blank=True,
        help_text=_(
            "Optional. The question in short, simple words for the easy read version, for example "
            "'How would you get there?'. Leave blank to ask it as above."
        ),
    )
    easy_read_hint = models.CharField(
        _("hint in easy read"), max_length=255, blank=True, help_text=_("Optional. The hint in easy read words.")
    )

    # No default value: an answer filled in for people is an answer they did not give.
    panels = [
        FieldPanel("label"),
        FieldPanel("help_text"),
        FieldRowPanel([FieldPanel("easy_read_label"), FieldPanel("easy_read_hint")]),
        FieldPanel("required"),
        FieldPanel("field_type", classname="formbuilder-type", required_on_save=True),
        FieldPanel("choices", classname="formbuilder-choices"),
    ]

    @property
    def is_choice(self):
        return self.field_type in self.CHOICE_TYPES


class KeyDate(Orderable):
    """A date people should know: a drop-in, the closing date, a board decision."""

    page = ParentalKey("ConsultationPage", on_delete=models.CASCADE, related_name="key_dates")
    date = models.DateField()
    description = models.CharField(max_length=200)

    panels = [FieldRowPanel([FieldPanel("date"), FieldPanel("description")])]

    class Meta(Orderable.Meta):
        ordering = ["date"]


class ConsultationDocument(Orderable):
    """A document to read before answering: the full proposal, an impact assessment."""

    page = ParentalKey("ConsultationPage", on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey("wagtaildocs.Document", on_delete=models.CASCADE, related_name="+")
    title = models.CharField(max_length=200, blank=True, help_text=_("Leave blank to use the document's own title."))

    panels = [FieldPanel("document"), FieldPanel("title")]

    @property
    def display_title(self):
        return self.title or self.document.title


class ConsultationIndexPage(SitePage):
    """The consultation finder: every consultation, open ones first, with filters."""

    introduction = models.TextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    subpage_types = ["consultations.ConsultationPage"]
    max_count = 1

    class Meta:
        verbose_name = _("consultation finder")

    def get_context(self, request, *args, **kwargs):
        from consultations.finder import find_consultations

        context = super().get_context(request, *args, **kwargs)
        context.update(find_consultations(self, request))
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # The page works but its search did not: tell browsers and monitoring as well as readers.
        if response.context_data["search_unavailable"]:
            response.status_code = UNAVAILABLE_STATUS
        return response


class ConsultationPage(KindNamedInIndex, QuestionnaireMixin, SitePage):
    """A consultation: what we propose, why, and a questionnaire while it is open.

    The questionnaire machinery (form builder, submissions, confirmation) comes from
    `QuestionnaireMixin`; this class holds what people read and when they can answer.
    """

    summary = models.TextField(help_text=_("Two or three plain-English sentences: what we want to know, and why."))
    body = StreamField(BaseStreamBlock(), blank=True, use_json_field=True)
    opens_at = models.DateTimeField(_("opens"), help_text=_("UK time. People can answer from this moment."))
    closes_at = models.DateTimeField(_("closes"), help_text=_("UK time. Answers are refused from this moment."))
    engagement_level = models.CharField(
        _("level of engagement"),
        max_length=16,
        choices=EngagementLevel.choices,
        default=EngagementLevel.CONSULTING,
        help_text=_(
            "How much say people have, from 'Informing' (the decision is made) to 'Devolving' (local people "
            "decide). The page explains the level you choose in plain words."
        ),
    )
    audience = models.CharField(
        _("who it is for"), max_length=255, help_text=_("For example: 'Anyone who uses Kellsmoor Community Hospital'.")
    )
    topic = models.ForeignKey("taxonomy.Topic", on_delete=models.PROTECT, related_name="consultations")
    place = models.ForeignKey("taxonomy.Place", on_delete=models.PROTECT, related_name="consultations")
    outcome_expected = models.CharField(
        _("when we expect to decide"), max_length=100, blank=True, help_text=_("For example: 'by March 2027'.")
    )
    allow_anonymous = models.BooleanField(
        _("anyone can answer without an account"),
        default=True,
        help_text=_("Untick to accept answers only from people who are logged in."),
    )
    results_published = models.BooleanField(
        _("show a summary of results"),
        default=False,
        help_text=_("Once the consultation has closed, show response counts and answers to choice questions."),
    )
    thank_you_text = models.TextField(
        blank=True, help_text=_("Shown after someone answers: what happens next and when they will hear.")
    )

    # Alternative formats and ways to respond.
    easy_read = models.ForeignKey(
        "wagtaildocs.Document", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    large_print = models.ForeignKey(
        "wagtaildocs.Document", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    audio_url = models.URLField(_("audio version"), blank=True)
    bsl_video_url = models.URLField(_("British Sign Language video"), blank=True)
    other_languages = models.TextField(
        blank=True, help_text=_("Which languages you offer, and how to ask for a translation.")
    )
    paper_copy = models.TextField(
        _("paper copy by post"), blank=True, help_text=_("How to ask for a paper copy and where to send it back.")
    )
    phone = models.CharField(_("phone number for help and answers"), max_length=40, blank=True)
    contact_email = models.EmailField(_("e-mail address for help and answers"), blank=True)

    objects = ConsultationManager()
    base_form_class = ConsultationPageForm

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldPanel("outcome_expected"),
                InlinePanel("key_dates", heading=_("Key dates")),
            ],
            heading=_("Dates"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("engagement_level"),
                FieldPanel("audience"),
                FieldRowPanel([FieldPanel("topic"), FieldPanel("place")]),
            ],
            heading=_("About this consultation"),
        ),
        FieldPanel("body"),
        InlinePanel("documents", heading=_("Documents")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("easy_read"), FieldPanel("large_print")]),
                FieldRowPanel([FieldPanel("audio_url"), FieldPanel("bsl_video_url")]),
                FieldPanel("other_languages"),
                FieldPanel("paper_copy"),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("contact_email")]),
            ],
            heading=_("Other formats and ways to respond"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("allow_anonymous"),
                InlinePanel("form_fields", heading=_("Questions")),
                FieldPanel("thank_you_text"),
                FieldPanel("results_published"),
            ],
            heading=_("Questionnaire"),
        ),
        PlainLanguagePanel(fields=["summary", "body", "thank_you_text"]),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("audience"),
        index.FilterField("opens_at"),
        index.FilterField("closes_at"),
        index.FilterField("topic"),
        index.FilterField("place"),
        index.RelatedFields("topic", [index.SearchField("name")]),
        index.RelatedFields("place", [index.SearchField("name")]),
    ]

    parent_page_types = ["consultations.ConsultationIndexPage"]
    subpage_types = ["outcomes.OutcomePage", "consultations.EasyReadPage"]

    class Meta:
        verbose_name = _("consultation")

    def get_context(self, request, *args, **kwargs):
        from consultations.forms import OpeningReminderForm
        from consultations.results import summarise_results

        context = super().get_context(request, *args, **kwargs)
        stage = self.stage
        context["can_answer"] = self.can_answer(request.user)
        # Before it closes, the page invites answers in other ways too; after, only other ways to read it.
        context["takes_answers"] = stage in (Stage.COMING_SOON, Stage.OPEN)
        context["events"] = (
            published.public(self.events.live()).filter(ends_at__gte=timezone.now()).order_by("starts_at")
        )
        context["service_changes"] = published.public(self.service_changes.live())
        if stage in (Stage.CLOSED, Stage.OUTCOME_PUBLISHED):
            context["response_count"] = self.get_submissions().count()
            if self.results_published:
                context["results"] = summarise_results(self)
        if stage == Stage.COMING_SOON:
            context.setdefault("reminder_form", OpeningReminderForm())
        return context

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("The closing date must be after the opening date.")})

    @path("paper/", name="paper")
    def paper(self, request):
        """The questionnaire to print and post, with space to write; staff key the answers in."""
        from consultations.paper import paper_questionnaire

        return paper_questionnaire(self, request)

    @path("remind-me/", name="remind_me")
    def remind_me(self, request):
        from consultations.reminders import remind_me

        return remind_me(self, request)

    def stage_at(self, now):
        if now < self.opens_at:
            return Stage.COMING_SOON
        if now < self.closes_at:
            return Stage.OPEN
        if self.live_outcome is not None:
            return Stage.OUTCOME_PUBLISHED
        return Stage.CLOSED

    @property
    def stage(self):
        """The stage now; uses the finder's annotation when there is one, to save a query."""
        return Stage(getattr(self, "current_stage", None) or self.stage_at(timezone.now()))

    @property
    def live_outcome(self):
        return self.outcomes.live().order_by("first_published_at").first()

    @property
    def is_open(self):
        return self.stage == Stage.OPEN

    @property
    def engagement_explanation(self):
        return ENGAGEMENT_EXPLANATIONS[self.engagement_level]

    @property
    def has_formats_to_read(self):
        """Other ways to read the consultation. A paper copy is a way to answer, so it is not one."""
        return any([self.easy_read, self.large_print, self.audio_url, self.bsl_video_url, self.other_languages])
