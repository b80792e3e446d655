"""Factories for equality answers, used by tests and demo content alike."""

import factory
from django.utils import timezone

from equality.models import AnswerSet, Occasion, OccasionKind


class OccasionFactory(factory.django.DjangoModelFactory):
    """After signing up, unless given a consultation page (and the kind)."""

    kind = OccasionKind.SIGN_UP
    page = None

    class Meta:
        model = Occasion
        django_get_or_create = ("kind", "page")


class AnswerSetFactory(factory.django.DjangoModelFactory):
    """One returned form; every question left out unless given."""

    occasion = factory.SubFactory(OccasionFactory)
    month = factory.LazyFunction(lambda: timezone.localdate().replace(day=1))

    class Meta:
        model = AnswerSet


def answer_sets(count, **fields):
    """`count` returned forms alike, in one query."""
    return AnswerSet.objects.bulk_create([AnswerSetFactory.build(**fields) for _ in range(count)])
