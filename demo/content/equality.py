"""The demo's equality monitoring: made-up population figures for the Kellsmoor and Wendlebridge
area, and a few hundred made-up returned forms, so the reach report has a story to tell.

The story: like most engagement, ours hears mostly from older, white British women. Young
people, men, the area's Pakistani and Polish communities, and Gypsy and Traveller families are
under-represented. The diabetes clinics consultation, run with community groups in
Wendlebridge, reached far more South Asian people; the young people's mental health one,
promoted in schools, reached young people.

All figures are invented (shaped like Census 2021 results for a northern English area). The same
seed makes the same forms every time.
"""

import datetime
import random

from django.utils import timezone

from consultations.models import ConsultationPage, ConsultationResponse
from equality.models import AnswerSet, LocalPopulation, Occasion, OccasionKind, PopulationShare
from equality.questions import PREFER_NOT_TO_SAY, QUESTIONS

RANDOM_SEED = 42
# Of the people who answer a consultation, how many also fill in the questions about them.
RETURN_RATE = 0.45
SIGN_UPS = 80

POPULATION = {
    "age_band": {
        "under_18": 21.0,
        "18_24": 8.0,
        "25_34": 12.5,
        "35_44": 12.0,
        "45_54": 13.0,
        "55_64": 13.5,
        "65_74": 10.5,
        "75_84": 6.5,
        "85_plus": 3.0,
    },
    "sex": {"female": 50.8, "male": 49.2},
    "same_gender": {"yes": 93.5, "no": 0.5},
    "ethnicity": {
        "asian": 9.6,
        "asian_bangladeshi": 1.0,
        "asian_chinese": 0.5,
        "asian_indian": 2.4,
        "asian_pakistani": 5.0,
        "asian_other": 0.7,
        "black": 1.2,
        "black_african": 0.7,
        "black_caribbean": 0.4,
        "black_other": 0.1,
        "mixed": 1.8,
        "mixed_white_asian": 0.6,
        "mixed_white_black_african": 0.2,
        "mixed_white_black_caribbean": 0.6,
        "mixed_other": 0.4,
        "white": 86.4,
        "white_british": 77.6,
        "white_irish": 0.5,
        "white_gypsy_traveller": 0.4,
        "white_roma": 0.2,
        "white_other": 7.7,
        "other": 1.0,
        "other_arab": 0.3,
        "other_any": 0.7,
    },
    "disability": {"yes": 19.5, "no": 80.5},
    "sexual_orientation": {"straight": 89.5, "gay_or_lesbian": 1.5, "bisexual": 1.3, "other": 0.3},
    "religion": {
        "none": 38.0,
        "buddhist": 0.4,
        "christian": 45.0,
        "hindu": 1.2,
        "jewish": 0.2,
        "muslim": 7.5,
        "sikh": 0.9,
        "other": 0.6,
    },
    "carer": {"yes": 9.5, "no": 90.5},
}

# Who fills the form in: relative weights, before each occasion's own pull.
TAKING_PART = {
    "age_band": {
        "under_18": 2,
        "18_24": 4,
        "25_34": 12,
        "35_44": 15,
        "45_54": 17,
        "55_64": 20,
        "65_74": 17,
        "75_84": 9,
        "85_plus": 2,
        PREFER_NOT_TO_SAY: 2,
    },
    "sex": {"female": 62, "male": 34, PREFER_NOT_TO_SAY: 4},
    "same_gender": {"yes": 93, "no": 1, PREFER_NOT_TO_SAY: 6},
    "ethnicity": {
        "white_british": 82,
        "white_irish": 1,
        "white_gypsy_traveller": 0.2,
        "white_roma": 0.1,
        "white_other": 3,
        "asian_pakistani": 1,
        "asian_indian": 2,
        "asian_bangladeshi": 0.5,
        "asian_chinese": 0.5,
        "asian_other": 0.5,
        "black_african": 0.8,
        "black_caribbean": 0.5,
        "black_other": 0.2,
        "mixed_white_asian": 0.5,
        "mixed_white_black_african": 0.2,
        "mixed_white_black_caribbean": 0.5,
        "mixed_other": 0.3,
        "other_arab": 0.2,
        "other_any": 0.3,
        PREFER_NOT_TO_SAY: 5,
    },
    "disability": {"yes": 26, "no": 68, PREFER_NOT_TO_SAY: 6},
    "sexual_orientation": {"straight": 84, "gay_or_lesbian": 2, "bisexual": 1.5, "other": 0.5, PREFER_NOT_TO_SAY: 12},
    "religion": {
        "none": 34,
        "buddhist": 0.5,
        "christian": 50,
        "hindu": 1,
        "jewish": 0.3,
        "muslim": 3,
        "sikh": 1,
        "other": 1,
        PREFER_NOT_TO_SAY: 8,
    },
    "carer": {"yes": 15, "no": 79, PREFER_NOT_TO_SAY: 6},
}

# Where a consultation reached people the others did not: weights added for its forms.
PULLS = {
    "diabetes-clinics-in-your-language": {
        "ethnicity": {"asian_pakistani": 15, "asian_bangladeshi": 4, "asian_indian": 6},
        "religion": {"muslim": 30, "sikh": 3, "hindu": 5},
    },
    "young-peoples-mental-health-while-you-wait": {"age_band": {"under_18": 45, "18_24": 25}},
}
LEFT_OUT = 0.03  # how often someone skips a question altogether


def build_equality():
    """The population figures, and the made-up forms unless there are forms already."""
    lines = [_population()]
    if AnswerSet.objects.exists():
        lines.append(f"Equality answers: {AnswerSet.objects.count()} (unchanged)")
        return lines
    rng = random.Random(RANDOM_SEED)  # noqa: S311 (made-up answers, not secrets)
    made = []
    answered = ConsultationResponse.objects.values("page")
    for page in ConsultationPage.objects.live().filter(pk__in=answered).order_by("opens_at"):
        occasion, _created = Occasion.objects.get_or_create(
            page=page, defaults={"kind": OccasionKind.CONSULTATION, "title": page.title}
        )
        pull = PULLS.get(page.slug, {})
        for submitted in (
            ConsultationResponse.objects.filter(page=page)
            .order_by("submit_time", "pk")
            .values_list("submit_time", flat=True)
        ):
            if rng.random() < RETURN_RATE:
                made.append(_answer_set(rng, occasion, timezone.localdate(submitted), pull))
    sign_up = Occasion.objects.get_or_create(kind=OccasionKind.SIGN_UP)[0]
    today = timezone.localdate()
    for _ in range(SIGN_UPS):
        made.append(_answer_set(rng, sign_up, today - datetime.timedelta(days=rng.randrange(365)), {}))
    AnswerSet.objects.bulk_create(made)
    lines.append(f"Equality answers: {len(made)} made up")
    return lines


def _population():
    local = LocalPopulation.load()
    local.area = "Kellsmoor and Wendlebridge ICB area"
    local.source = "Made-up figures for the demo, shaped like Census 2021"
    local.save()
    shares = [
        (f"{question}:{answer}", percent)
        for question, groups in POPULATION.items()
        for answer, percent in groups.items()
    ]
    for order, (group, percent) in enumerate(shares):
        PopulationShare.objects.update_or_create(
            population=local, group=group, defaults={"percent": percent, "sort_order": order}
        )
    return f"Local population: {local.shares.count()} groups"


def _answer_set(rng, occasion, day, pull):
    answers = {}
    for question in QUESTIONS:
        if rng.random() < LEFT_OUT:
            continue
        weights = {**TAKING_PART[question.name]}
        for answer, extra in pull.get(question.name, {}).items():
            weights[answer] += extra
        answers[question.name] = rng.choices(list(weights), weights=list(weights.values()))[0]
    return AnswerSet(occasion=occasion, month=day.replace(day=1), **answers)
