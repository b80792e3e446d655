"""Factories for topics, places and services, used by tests and demo content alike."""

import factory
from django.utils.text import slugify

from taxonomy.models import Place, Service, Topic


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


class ServiceFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Clinic {n}")
    slug = factory.LazyAttribute(lambda service: slugify(service.name))
    place = factory.SubFactory(PlaceFactory)
    topic = factory.SubFactory(TopicFactory)

    class Meta:
        model = Service
        django_get_or_create = ("name",)
