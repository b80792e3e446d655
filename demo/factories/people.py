"""Factories for people, used by tests and demo content alike."""

import factory
from allauth.account.models import EmailAddress

from people.models import User


class UserFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    display_name = factory.Sequence(lambda n: f"Member {n}")
    password = factory.django.Password("a-long-test-password")

    class Meta:
        model = User
        django_get_or_create = ("email",)


class MemberFactory(UserFactory):
    """A member of the public whose e-mail address is confirmed, so they can log in."""

    class Meta:
        # Confirming the address changes another table, not the user: no second save.
        skip_postgeneration_save = True

    @factory.post_generation
    def confirmed_email(self, create, extracted, **kwargs):
        if create:
            EmailAddress.objects.update_or_create(
                user=self, email=self.email, defaults={"verified": True, "primary": True}
            )
