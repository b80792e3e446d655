"""Easy read: a consultation or a service change told in short sentences, one idea at a
time, each with a picture beside it, for people with learning disabilities and anyone who
finds the full page hard going. An easy read version of a consultation asks its questions in
easy words too, and the answers count with the consultation's own (channel "Easy read").
"""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page

from consultations.questionnaire import QuestionnaireMixin
from core.models import SitePage
from plain_language.panel import PlainLanguagePanel

from .consultation import ConsultationPage
from .responses import Channel


class EasyReadPointBlock(blocks.StructBlock):
    """One idea: a picture on one side, one to three short sentences on the other."""

    image = ImageChooserBlock(help_text=_("A clear picture of the idea: a photo, a symbol or a drawing."))
    alt_text = blocks.CharBlock(
        required=True,
        max_length=200,
        help_text=_("Say what the picture shows, for people who cannot see it."),
    )
    text = blocks.TextBlock(
        help_text=_("One idea, in short sentences of 15 words or fewer. Start a new point for the next idea.")
    )

    class Meta:
        icon = "image"
        label = _("Point")
        template = "consultations/blocks/easy_read_point_block.html"


class EasyReadPage(QuestionnaireMixin, SitePage):
    """The easy read version of the consultation or service change it sits under."""

    points = StreamField([("point", EasyReadPointBlock())], use_json_field=True)

    answer_channel = Channel.EASY_READ
    # The thank-you page is the consultation's own: there is no landing page here to preview.
    preview_modes = Page.DEFAULT_PREVIEW_MODES

    content_panels = Page.content_panels + [
        FieldPanel("points"),
        PlainLanguagePanel(fields=["points"]),
    ]

    parent_page_types = ["consultations.ConsultationPage", "service_changes.ServiceChangePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("easy read version")

    @cached_property
    def full_version(self):
        """The consultation or service change this page is the easy read version of."""
        return self.get_parent().specific

    @property
    def answers_page(self):
        """The consultation the answers count in; none under a service change, which asks nothing."""
        parent = self.full_version
        return parent if isinstance(parent, ConsultationPage) else None

    def get_form_fields(self):
        """The consultation's own questions, in easy words where the editor gave them. The
        answers keep the question's name, so they land in the same column of the responses."""
        consultation = self.answers_page
        if consultation is None:
            return []
        questions = list(consultation.form_fields.all())
        for question in questions:
            question.label = question.easy_read_label or question.label
            question.help_text = question.easy_read_hint or question.help_text
        return questions

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        consultation = self.answers_page
        context["full_version"] = self.full_version
        context["can_answer"] = consultation is not None and self.can_answer(request.user)
        return context
