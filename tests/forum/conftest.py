"""Fixtures for the forum's tests."""

import pytest
from django.contrib.auth.models import Group

from forum.factories import CategoryFactory, HouseRuleFactory, established_member
from forum.models import ForumPage
from people.factories import MemberFactory


@pytest.fixture
def forum_page(home_page):
    page = ForumPage(title="Forum", slug="forum", intro="<p>Talk about local health services.</p>")
    home_page.add_child(instance=page)
    HouseRuleFactory(page=page, title="Be kind", sort_order=0)
    HouseRuleFactory(page=page, title="Keep personal details private", sort_order=1)
    return page


@pytest.fixture
def category(db):
    return CategoryFactory(name="Getting to hospital", slug="transport")


@pytest.fixture
def newcomer(db):
    """A member who has just confirmed their e-mail address and not posted yet."""
    return MemberFactory(display_name="Asha")


@pytest.fixture
def member(db):
    """A member past the new-member hold."""
    return established_member(display_name="Bea")


@pytest.fixture
def other_member(db):
    return established_member(display_name="Chen")


@pytest.fixture
def moderator(db):
    user = MemberFactory(display_name="Mo the moderator")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user
