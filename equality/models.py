"""Equality monitoring, kept apart from who answered.

Why: we must check that engagement reaches every part of our community, not only the people
who always take part. People tell us about themselves for that purpose alone, so their answers
must never lead back to them, to their account or to what they said in a consultation.

How the design keeps that promise:

- An `AnswerSet` is one returned form. It holds the answers (fixed choices only, never free
  text: the database refuses anything else), the `Occasion` it was offered on, and the month it
  arrived. No user, response, People Bank entry, session, address or exact time, and its key
  is random, so not even the order rows were stored in follows from it.
- An `Occasion` is only what the report needs to know: "after answering this consultation",
  "after signing up" or "after joining the People Bank".
- The form is offered through an `Offer`: a random token that is made when someone answers a
  consultation, confirms their account or joins the People Bank, and is kept in their session
  only. We store its hash, with the occasion and the day it expires, and nothing about the
  person. Sending the form deletes the offer in the same transaction as it stores the answers,
  so a token works once, and afterwards nothing links the token, or the session that held it,
  to the answers it brought.
- Only counts leave the database, through the reach report (equality/reach.py), which hides
  small numbers. The admin lists no answer sets.

What this cannot hide: the web server's own logs record when each page was asked for and by
which address. They belong to the hosting team, not to this site's staff, and should be kept
for as short a time as the service allows.
"""

import uuid

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import Orderable

from .forms import LocalPopulationForm
from .questions import QUESTIONS

QUESTION_NAMED = {question.name: question for question in QUESTIONS}


class OccasionKind(models.TextChoices):
    CONSULTATION = "consultation", _("After answering a consultation")
    SIGN_UP = "sign_up", _("After creating an account")
    PEOPLE_BANK = "people_bank", _("After joining the People Bank")


class Occasion(models.Model):
    """When the form was offered, as the reach report groups it. A consultation's occasion
    keeps the consultation's title if the page is deleted."""

    kind = models.CharField(max_length=20, choices=OccasionKind.choices)
    page = models.ForeignKey("wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    title = models.CharField(max_length=255, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page"], condition=Q(page__isnull=False), name="one_occasion_per_page"),
            models.UniqueConstraint(
                fields=["kind"], condition=~Q(kind=OccasionKind.CONSULTATION), name="one_occasion_per_kind"
            ),
        ]

    def __str__(self):
        if self.kind == OccasionKind.CONSULTATION:
            return _("After answering “%(title)s”") % {"title": self.title}
        return str(self.get_kind_display())


class Offer(models.Model):
    """An invitation to fill in the form once. Only the token's hash is stored; the person holds
    the token. Deleted when used, and purged once expired."""

    token_hash = models.CharField(max_length=64, unique=True)
    occasion = models.ForeignKey(Occasion, on_delete=models.CASCADE, related_name="+")
    expires_on = models.DateField(db_index=True)

    def __str__(self):
        return f"{self.occasion} (until {self.expires_on})"


def _only_listed_answers():
    """One check per question: an answer is blank or one of the question's own choices."""
    return [
        models.CheckConstraint(
            condition=Q(**{f"{question.name}__in": ["", *question.choices.values]}),
            name=f"answer_set_{question.name}_is_a_choice",
        )
        for question in QUESTIONS
    ]


def _answer_field(name):
    question = QUESTION_NAMED[name]
    return models.CharField(question.topic, max_length=40, blank=True, choices=question.choices.choices)


class AnswerSet(models.Model):
    """One returned form: the answers, the occasion it was offered on and the month it came
    back. Blank means the question was left out. See the module's docstring for what is
    deliberately missing."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    occasion = models.ForeignKey(Occasion, on_delete=models.PROTECT, related_name="answer_sets")
    month = models.DateField(help_text=_("The first day of the month the form came back."))
    age_band = _answer_field("age_band")
    sex = _answer_field("sex")
    same_gender = _answer_field("same_gender")
    ethnicity = _answer_field("ethnicity")
    disability = _answer_field("disability")
    sexual_orientation = _answer_field("sexual_orientation")
    religion = _answer_field("religion")
    carer = _answer_field("carer")

    class Meta:
        default_permissions = ()
        permissions = [("view_reach_report", "Can see the reach report (counts of equality answers)")]
        constraints = _only_listed_answers()

    def __str__(self):
        return f"{self.occasion}, {self.month:%B %Y}"


def population_groups():
    """The choices for a population share: every answer of every question (not "Prefer not to
    say"), and the broad ethnic groups, under the question they belong to."""
    choices = []
    for question in QUESTIONS:
        options = [(f"{question.name}:{value}", label) for value, label in question.answers]
        options += [
            (f"{question.name}:{group.code}", _("%(group)s (all)") % {"group": group.label})
            for group in question.groups
        ]
        choices.append((question.topic, options))
    return choices


@register_setting(icon="group")
class LocalPopulation(BaseGenericSetting, ClusterableModel):
    """Who lives in our area, as shares of its population, for the reach report to compare the
    people who took part with. Census 2021 figures for the area are a good source."""

    area = models.CharField(
        max_length=255, blank=True, help_text=_("For example: 'Kellsmoor and Wendlebridge ICB area'.")
    )
    source = models.CharField(
        max_length=255, blank=True, help_text=_("Where the figures come from, for example: 'Census 2021, ONS'.")
    )
    under_represented_below = models.PositiveSmallIntegerField(
        _("under-represented below (%)"),
        default=80,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_(
            "The report marks a group as under-represented when its share of the people who took part is "
            "less than this percentage of its share of the population. 80 is usual."
        ),
    )

    panels = [
        FieldPanel("area"),
        FieldPanel("source"),
        FieldPanel("under_represented_below"),
        InlinePanel("shares", heading=_("Shares of the population"), label=_("Group")),
    ]

    base_form_class = LocalPopulationForm

    class Meta:
        verbose_name = _("local population")


class PopulationShare(Orderable):
    """One group's share of the local population, in per cent."""

    population = ParentalKey(LocalPopulation, on_delete=models.CASCADE, related_name="shares")
    group = models.CharField(max_length=60, choices=population_groups)
    percent = models.DecimalField(
        _("share of the population (%)"),
        max_digits=4,
        decimal_places=1,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_("For example 12.5 for 12.5%."),
    )

    panels = [FieldPanel("group"), FieldPanel("percent")]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(fields=["population", "group"], name="one_share_per_group"),
            models.CheckConstraint(condition=Q(percent__gte=0, percent__lte=100), name="share_is_a_percentage"),
        ]
