"""Factories for consultations, used by tests and demo content alike."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone

from consultations.models import ConsultationIndexPage, ConsultationPage, ConsultationQuestion, EasyReadPage
from demo.factories.taxonomy import PlaceFactory, TopicFactory


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


class EasyReadPageFactory(wagtail_factories.PageFactory):
    """An easy read version; pass `parent` (a consultation or a service change) and `points`."""

    title = "Easy read"
    slug = "easy-read"

    class Meta:
        model = EasyReadPage


def easy_read_point(text, alt_text="A drawing of a building."):
    """One point for `EasyReadPageFactory(points=[...])`, with a new test image."""
    return ("point", {"image": wagtail_factories.ImageFactory(), "alt_text": alt_text, "text": text})
