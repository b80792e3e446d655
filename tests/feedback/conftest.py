"""A service to give feedback on, and an engagement lead to read it in the admin."""

import pytest
from django.contrib.auth.models import Group

from demo.factories.people import MemberFactory
from demo.factories.taxonomy import PlaceFactory, ServiceFactory, TopicFactory


@pytest.fixture
def service(home_page):
    return ServiceFactory(
        name="Minor injuries unit",
        slug="minor-injuries-unit",
        place=PlaceFactory(name="Kellsmoor"),
        topic=TopicFactory(name="Minor injuries"),
    )


@pytest.fixture
def engagement_lead(db):
    user = MemberFactory(display_name="Lee the lead")
    user.groups.add(Group.objects.get(name="Engagement leads"))
    return user
