"""Factories for the forum, used by tests and demo content alike. Posts go through
`forum.posting`, so the hold rules apply to them as to any member's post."""

import factory

from people.factories import MemberFactory

from . import moderation, posting
from .models import Category, HouseRule


class CategoryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Category {n}")
    slug = factory.Sequence(lambda n: f"category-{n}")
    description = "Conversations about this part of health and care."

    class Meta:
        model = Category
        django_get_or_create = ("slug",)


class HouseRuleFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Rule {n}")
    explanation = "What the rule means, in plain words."

    class Meta:
        model = HouseRule


def start_thread(
    author, *, category=None, title="Getting to hospital at night", text="How do people get there?", **kwargs
):
    return posting.start_thread(author=author, category=category or CategoryFactory(), title=title, text=text, **kwargs)


def established_member(**kwargs):
    """A member whose first two posts a moderator has approved, so their next post is
    judged on its words alone."""
    member = MemberFactory(**kwargs)
    introductions = CategoryFactory(name="Introductions", slug="introductions")
    opening = start_thread(member, category=introductions, title=f"Hello from {member.display_name}", text="Hello.")
    moderation.approve(opening, None)
    moderation.approve(posting.reply(author=member, parent=opening, text="Glad to be here."), None)
    return member
