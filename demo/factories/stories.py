"""Factories for patient stories, used by tests and demo content alike. A story from the
factory is confirmed and published unless told otherwise."""

import factory
from django.utils import timezone

from moderation.models import Status
from stories.models import Change, Story, StoryResponse

from .taxonomy import ServiceFactory


class StoryFactory(factory.django.DjangoModelFactory):
    service = factory.SubFactory(ServiceFactory)
    title = factory.Sequence(lambda n: f"Story {n}")
    text = "The staff were kind and the wait was short."
    email = factory.Sequence(lambda n: f"teller{n}@example.org")
    shown_name = "Sam"
    status = Status.PUBLISHED
    confirmed_at = factory.LazyFunction(timezone.now)
    told_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Story


class StoryResponseFactory(factory.django.DjangoModelFactory):
    story = factory.SubFactory(StoryFactory)
    text = "Thank you for telling us."
    responder = "Service manager"
    change = Change.NONE

    class Meta:
        model = StoryResponse
