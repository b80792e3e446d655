"""The equality questions: what we ask, the answers people can choose, and how the reach
report groups them.

The groups follow the Office for National Statistics' 2021 census for England and Wales, so
that an editor can enter the census figures for our area beside them (Settings, "Local
population"). Every question can be left out or answered "Prefer not to say". There is no
free text anywhere: a box to write in could hold a name, and would let a rare answer point at
one person.
"""

from dataclasses import dataclass, field

from django.db import models
from django.utils.translation import gettext_lazy as _

PREFER_NOT_TO_SAY = "prefer_not_to_say"
PREFER_NOT_TO_SAY_LABEL = _("Prefer not to say")


class AgeBand(models.TextChoices):
    UNDER_18 = "under_18", _("Under 18")
    FROM_18_TO_24 = "18_24", _("18 to 24")
    FROM_25_TO_34 = "25_34", _("25 to 34")
    FROM_35_TO_44 = "35_44", _("35 to 44")
    FROM_45_TO_54 = "45_54", _("45 to 54")
    FROM_55_TO_64 = "55_64", _("55 to 64")
    FROM_65_TO_74 = "65_74", _("65 to 74")
    FROM_75_TO_84 = "75_84", _("75 to 84")
    OVER_84 = "85_plus", _("85 or over")
    PREFER_NOT = PREFER_NOT_TO_SAY, PREFER_NOT_TO_SAY_LABEL


class Sex(models.TextChoices):
    FEMALE = "female", _("Female")
    MALE = "male", _("Male")
    PREFER_NOT = PREFER_NOT_TO_SAY, PREFER_NOT_TO_SAY_LABEL


class SameGender(models.TextChoices):
    YES = "yes", _("Yes")
    NO = "no", _("No")
    PREFER_NOT = PREFER_NOT_TO_SAY, PREFER_NOT_TO_SAY_LABEL


class Ethnicity(models.TextChoices):
    ASIAN_BANGLADESHI = "asian_bangladeshi", _("Bangladeshi")
    ASIAN_CHINESE = "asian_chinese", _("Chinese")
    ASIAN_INDIAN = "asian_indian", _("Indian")
    ASIAN_PAKISTANI = "asian_pakistani", _("Pakistani")
    ASIAN_OTHER = "asian_other", _("Any other Asian background")
    BLACK_AFRICAN = "black_african", _("African")
    BLACK_CARIBBEAN = "black_caribbean", _("Caribbean")
    BLACK_OTHER = "black_other", _("Any other Black, Black British or Caribbean background")
    MIXED_WHITE_ASIAN = "mixed_white_asian", _("White and Asian")
    MIXED_WHITE_BLACK_AFRICAN = "mixed_white_black_african", _("White and Black African")
    MIXED_WHITE_BLACK_CARIBBEAN = "mixed_white_black_caribbean", _("White and Black Caribbean")
    MIXED_OTHER = "mixed_other", _("Any other Mixed or Multiple ethnic background")
    WHITE_BRITISH = "white_british", _("English, Welsh, Scottish, Northern Irish or British")
    WHITE_IRISH = "white_irish", _("Irish")
    WHITE_GYPSY_TRAVELLER = "white_gypsy_traveller", _("Gypsy or Irish Traveller")
    WHITE_ROMA = "white_roma", _("Roma")
    WHITE_OTHER = "white_other", _("Any other White background")
    OTHER_ARAB = "other_arab", _("Arab")
    OTHER_ANY = "other_any", _("Any other ethnic group")
    PREFER_NOT = PREFER_NOT_TO_SAY, PREFER_NOT_TO_SAY_LABEL


class Disability(models.TextChoices):
    YES = "yes", _("Yes")
    NO = "no", _("No")
    PREFER_NOT = PREFER_NOT_TO_SAY, PREFER_NOT_TO_SAY_LABEL


class SexualOrientation(models.TextChoices):
    STRAIGHT = "straight", _("Straight or heterosexual")
    GAY_OR_LESBIAN = "gay_or_lesbian", _("Gay or lesbian")
    BISEXUAL = "bisexual", _("Bisexual")
    OTHER = "other", _("Another sexual orientation")
    PREFER_NOT = PREFER_NOT_TO_SAY, PREFER_NOT_TO_SAY_LABEL


class Religion(models.TextChoices):
    NONE = "none", _("No religion")
    BUDDHIST = "buddhist", _("Buddhist")
    CHRISTIAN = "christian", _("Christian (all Christian churches)")
    HINDU = "hindu", _("Hindu")
    JEWISH = "jewish", _("Jewish")
    MUSLIM = "muslim", _("Muslim")
    SIKH = "sikh", _("Sikh")
    OTHER = "other", _("Another religion")
    PREFER_NOT = PREFER_NOT_TO_SAY, PREFER_NOT_TO_SAY_LABEL


class Carer(models.TextChoices):
    YES = "yes", _("Yes")
    NO = "no", _("No")
    PREFER_NOT = PREFER_NOT_TO_SAY, PREFER_NOT_TO_SAY_LABEL


@dataclass(frozen=True)
class Group:
    """Answers that the report also adds up together, such as the census's five broad ethnic
    groups. The form shows each group's answers under its name."""

    code: str
    label: str
    members: tuple


@dataclass(frozen=True)
class Question:
    name: str  # the field's name on the form and the model
    label: str  # the question as the form asks it
    topic: str  # what the report calls it
    choices: type[models.TextChoices]
    hint: str = ""
    groups: tuple = field(default_factory=tuple)

    @property
    def answers(self):
        """Every answer a person could pick except "Prefer not to say", in the form's order."""
        return [(value, label) for value, label in self.choices.choices if value != PREFER_NOT_TO_SAY]

    def form_choices(self):
        """The choices as the form lists them: each group's answers under its name, then
        "Prefer not to say"."""
        if not self.groups:
            return self.choices.choices
        labels = dict(self.choices.choices)
        return [
            *((group.label, [(value, labels[value]) for value in group.members]) for group in self.groups),
            (PREFER_NOT_TO_SAY, PREFER_NOT_TO_SAY_LABEL),
        ]


ETHNIC_GROUPS = (
    Group(
        "asian",
        _("Asian, Asian British or Asian Welsh"),
        (
            Ethnicity.ASIAN_BANGLADESHI,
            Ethnicity.ASIAN_CHINESE,
            Ethnicity.ASIAN_INDIAN,
            Ethnicity.ASIAN_PAKISTANI,
            Ethnicity.ASIAN_OTHER,
        ),
    ),
    Group(
        "black",
        _("Black, Black British, Black Welsh, Caribbean or African"),
        (Ethnicity.BLACK_AFRICAN, Ethnicity.BLACK_CARIBBEAN, Ethnicity.BLACK_OTHER),
    ),
    Group(
        "mixed",
        _("Mixed or Multiple ethnic groups"),
        (
            Ethnicity.MIXED_WHITE_ASIAN,
            Ethnicity.MIXED_WHITE_BLACK_AFRICAN,
            Ethnicity.MIXED_WHITE_BLACK_CARIBBEAN,
            Ethnicity.MIXED_OTHER,
        ),
    ),
    Group(
        "white",
        _("White"),
        (
            Ethnicity.WHITE_BRITISH,
            Ethnicity.WHITE_IRISH,
            Ethnicity.WHITE_GYPSY_TRAVELLER,
            Ethnicity.WHITE_ROMA,
            Ethnicity.WHITE_OTHER,
        ),
    ),
    Group("other", _("Other ethnic group"), (Ethnicity.OTHER_ARAB, Ethnicity.OTHER_ANY)),
)

QUESTIONS = (
    Question("age_band", _("How old are you?"), _("Age"), AgeBand),
    Question("sex", _("What is your sex?"), _("Sex"), Sex),
    Question(
        "same_gender",
        _("Is the gender you identify with the same as your sex registered at birth?"),
        _("Gender identity the same as sex registered at birth"),
        SameGender,
    ),
    Question(
        "ethnicity",
        _("What is your ethnic group?"),
        _("Ethnic group"),
        Ethnicity,
        hint=_("Choose the one that best describes your ethnic group or background."),
        groups=ETHNIC_GROUPS,
    ),
    Question(
        "disability",
        _("Do you have a disability?"),
        _("Disability"),
        Disability,
        hint=_(
            "The law says you have a disability if you have a physical or mental health condition that has "
            "lasted, or will probably last, 12 months or more, and it makes everyday things much harder for you."
        ),
    ),
    Question("sexual_orientation", _("What is your sexual orientation?"), _("Sexual orientation"), SexualOrientation),
    Question("religion", _("What is your religion?"), _("Religion"), Religion),
    Question(
        "carer",
        _("Do you look after someone?"),
        _("Carer"),
        Carer,
        hint=_(
            "For example, someone with an illness, a disability, a mental health condition or problems because "
            "of old age. Do not count anything you are paid to do."
        ),
    ),
)
