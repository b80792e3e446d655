"""Factories for the engagement cycle, used by tests and demo content alike."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from django.utils.text import slugify

from consultations.models import ConsultationIndexPage, ConsultationPage, ConsultationQuestion, Place, Topic


class TopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Service area {n}")
    slug = factory.LazyAttribute(lambda topic: slugify(topic.name))

    class Meta:
        model = Topic
        django_get_or_create = ("name",)


class PlaceFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Town {n}")
    slug = factory.LazyAttribute(lambda place: slugify(place.name))

    class Meta:
        model = Place
        django_get_or_create = ("name",)


class ConsultationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Consultations"
    slug = "consultations"
    introduction = "Tell us what you think about changes to health services."

    class Meta:
        model = ConsultationIndexPage


class ConsultationPageFactory(wagtail_factories.PageFactory):
    """An open consultation by default; pass opens_at/closes_at for other stages."""

    title = factory.Sequence(lambda n: f"Consultation {n}")
    summary = "We want to know what you think about a change."
    audience = "Anyone who uses this service"
    opens_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=7))
    closes_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=21))
    topic = factory.SubFactory(TopicFactory)
    place = factory.SubFactory(PlaceFactory)

    class Meta:
        model = ConsultationPage


class ConsultationQuestionFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(ConsultationPageFactory)
    label = factory.Sequence(lambda n: f"Question {n}")
    sort_order = factory.Sequence(int)  # in the order made, as the admin would save them
    field_type = "multiline"
    required = False

    class Meta:
        model = ConsultationQuestion
