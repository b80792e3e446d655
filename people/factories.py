"""Factories for people, used by tests and demo content alike."""

import factory

from .models import User


class UserFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    display_name = factory.Sequence(lambda n: f"Member {n}")
    password = factory.django.Password("a-long-test-password")

    class Meta:
        model = User
        django_get_or_create = ("email",)
