"""The demo's feedback: 13 months of quick-feedback answers (this one and the 12 published) on
the 8 services, suggestions at every status, and answers to the involvement check for the two
consultations whose outcome is out.

Quick-feedback answers are made up once, from fixed odds with a fixed seed, counted back from
the day the demo was first loaded; running the builder again adds none. Busy services get many
answers a month, quiet ones a few, so the published results show both full figures and
months held back to protect people. Nothing here sends an e-mail: suggestions and their
history are stored as they would be after the e-mails had gone."""

import datetime
import hashlib
import random

from django.utils import timezone

from consultations.models import ConsultationPage
from feedback.models import (
    Channel,
    InvolvementAnswer,
    QuickFeedback,
    Rating,
    StatusChange,
    Suggestion,
    SuggestionStatus,
)
from taxonomy.models import Service

SEED = 14
# This month and the twelve before it, which the service pages publish.
DAYS = 400
# Service slug: (answers a month on average, odds of very good, good, neither, poor, very poor, don't know).
PROFILES = {
    "minor-injuries-unit": (40, (40, 30, 12, 8, 6, 4)),
    "birth-centre": (15, (55, 25, 8, 5, 4, 3)),
    "gp-appointments": (45, (20, 25, 15, 20, 17, 3)),
    "repeat-prescriptions": (10, (30, 35, 15, 10, 6, 4)),
    "crisis-cafe": (3, (55, 25, 8, 5, 3, 4)),
    "young-minds-support": (3, (25, 25, 20, 15, 10, 5)),
    "patient-transport": (2, (35, 30, 10, 10, 10, 5)),
    "diabetes-clinics": (6, (50, 30, 8, 5, 2, 5)),
}
GOOD_WORDS = [
    "The staff were kind and explained everything.",
    "I was seen quicker than I expected.",
    "Clean, calm and friendly.",
    "They listened to me and did not rush me.",
    "Easy to find and easy to park.",
    "The interpreter made a big difference.",
]
POOR_WORDS = [
    "I waited a long time and nobody told me why.",
    "It was hard to get through on the phone.",
    "The signs to find the right room were confusing.",
    "I felt rushed.",
    "The waiting area was too busy and noisy.",
]
CHANNEL_ODDS = ((Channel.ONLINE, 70), (Channel.POSTER, 25), (Channel.PAPER, 5))

# (service slug or None, name, e-mail, text, the statuses it went through, what we told them).
SUGGESTIONS = [
    (
        "gp-appointments",
        "Ana",
        "ana.demo@example.org",
        "Please let us book GP appointments by text message. Not everyone can use the app.",
        [SuggestionStatus.RECEIVED],
        "",
    ),
    (
        "patient-transport",
        "",
        "jo.demo@example.org",
        "Could the transport booking line open earlier in the morning? I start work at 8.",
        [SuggestionStatus.RECEIVED, SuggestionStatus.LOOKING],
        "We are looking at how many calls come in early in the morning.",
    ),
    (
        "minor-injuries-unit",
        "Tom Reid",
        "tom.demo@example.org",
        "Put up a screen in the waiting room that shows how long the wait is.",
        [SuggestionStatus.RECEIVED, SuggestionStatus.LOOKING, SuggestionStatus.PASSED_ON],
        "We have passed your idea to the team who run the minor injuries unit.",
    ),
    (
        "crisis-cafe",
        "Priya",
        "priya.demo@example.org",
        "Tell people about the crisis café on the bus stops in Harrowmere.",
        [SuggestionStatus.RECEIVED, SuggestionStatus.LOOKING, SuggestionStatus.DONE],
        "Thank you. Posters about the crisis café are now up at 12 bus stops in Harrowmere.",
    ),
    (
        "birth-centre",
        "",
        "lena.demo@example.org",
        "Keep the birth centre open as a separate building, with its own entrance.",
        [SuggestionStatus.RECEIVED, SuggestionStatus.LOOKING, SuggestionStatus.NOT_POSSIBLE],
        (
            "We cannot keep the old building. It needs work we cannot pay for, and moving next to the "
            "labour ward means help is close if it is needed. The new birth centre will have its own entrance."
        ),
    ),
    (
        None,
        "Sam",
        "sam.demo@example.org",
        "Have a page in easy read that explains how to give feedback.",
        [SuggestionStatus.RECEIVED, SuggestionStatus.LOOKING],
        "",
    ),
]
# Consultation slug: (answers, how many of them satisfied).
INVOLVEMENT = {"minor-injuries-unit-at-night": (46, 37), "crisis-cafe-opening-hours": (18, 15)}


def build_feedback(now=None):
    """Make the demo's feedback. Returns summary lines."""
    now = now or timezone.now()
    made_up = _quick_feedback(timezone.localdate(now))
    lines = [f"Quick feedback: {QuickFeedback.objects.count()} answers ({made_up} made up this time)"]
    for step, spec in enumerate(SUGGESTIONS):
        _suggestion(now - datetime.timedelta(days=60 - 8 * step), *spec)
    lines.append(f"Suggestions: {Suggestion.objects.count()}")
    lines.append(f"Involvement answers: {_involvement()}")
    return lines


def _quick_feedback(today):
    if QuickFeedback.objects.exists():
        return 0
    chance = random.Random(SEED)  # noqa: S311 - made-up demo answers, not secrets
    ratings = list(Rating)
    channels, channel_weights = zip(*CHANNEL_ODDS, strict=True)
    answers = []
    for service in Service.objects.filter(slug__in=PROFILES).order_by("slug"):
        per_month, odds = PROFILES[service.slug]
        # About `per_month` answers a month, on random days of the last DAYS.
        for _number in range(round(per_month * DAYS / 30)):
            days_back = chance.randrange(DAYS)
            rating = chance.choices(ratings, weights=odds)[0]
            words = ""
            if chance.random() < 0.3 and rating != Rating.DONT_KNOW:
                good = rating in (Rating.VERY_GOOD, Rating.GOOD)
                words = chance.choice(GOOD_WORDS if good else POOR_WORDS)
            answers.append(
                QuickFeedback(
                    service=service,
                    rating=rating,
                    comment=words,
                    given_on=today - datetime.timedelta(days=days_back),
                    channel=chance.choices(channels, weights=channel_weights)[0],
                )
            )
    QuickFeedback.objects.bulk_create(answers)
    return len(answers)


def _suggestion(sent, service_slug, name, email, text, statuses, reason):
    service = Service.objects.filter(slug=service_slug).first() if service_slug else None
    suggestion, created = Suggestion.objects.update_or_create(
        text=text,
        defaults={
            "service": service,
            "name": name,
            "email": email,
            "status": statuses[-1],
            "reason": reason,
        },
    )
    if created:
        Suggestion.objects.filter(pk=suggestion.pk).update(created_at=sent)
        for step, status in enumerate(statuses):
            StatusChange.objects.create(
                suggestion=suggestion,
                status=status,
                reason=reason if status == statuses[-1] else "",
                changed_at=sent + datetime.timedelta(days=7 * step),
            )


def _involvement():
    for slug, (total, satisfied) in INVOLVEMENT.items():
        consultation = ConsultationPage.objects.filter(slug=slug).first()
        if consultation is None:
            continue
        for number in range(total):
            ticket = hashlib.sha256(f"demo:{slug}:{number}".encode()).hexdigest()
            # Most satisfied people are "fairly"; a few of the rest are "neither".
            if number < satisfied:
                answer = "very" if number % 3 == 0 else "fairly"
            else:
                answer = "neither" if number % 2 else "fairly_not"
            InvolvementAnswer.objects.get_or_create(
                ticket=ticket, defaults={"consultation": consultation, "answer": answer}
            )
    return InvolvementAnswer.objects.count()
