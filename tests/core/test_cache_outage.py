"""With the Redis cache unreachable (its address a closed port), every page still renders and
every rate limit still refuses past its limit, counted in this process's own memory
(core/cache.py). With django-redis's plain backend each of these was a 500."""

import pytest
from django.core.cache import cache

from demo.factories.consultations import ConsultationIndexPageFactory, ConsultationPageFactory
from demo.factories.people import UserFactory
from forum import posting

from ..consultations.conftest import finder, open_consultation  # noqa: F401 (fixtures)
from ..consultations.test_questionnaire import (  # noqa: F401 (run again here, with Redis away)
    test_too_many_answers_from_one_address_get_a_friendly_429,
)
from ..forum.test_rate_limits import (  # noqa: F401 (run again here, with Redis away)
    test_a_second_reply_straight_away_comes_back_with_its_words_and_the_wait,
)
from ..people.test_accounts import (  # noqa: F401 (run again here, with Redis away)
    test_repeated_wrong_passwords_get_our_429_page,
    test_too_many_sign_ups_from_one_connection_get_our_429_page,
)
from ..people.test_admin_login import (  # noqa: F401 (run again here, with Redis away)
    test_locked_out_on_the_public_login_means_locked_out_of_the_admin_too,
)

pytestmark = pytest.mark.django_db

NOTHING_LISTENING = "redis://127.0.0.1:9/0"


@pytest.fixture(autouse=True)
def redis_away(settings):
    settings.CACHES = {"default": {"BACKEND": "core.cache.RedisWithLocalFallback", "LOCATION": NOTHING_LISTENING}}
    cache.clear()  # the memory standing in for Redis is the process's: start each test empty


def test_public_pages_render(client, home_page, forum_page, category, member):
    ConsultationPageFactory(
        parent=ConsultationIndexPageFactory(parent=home_page, title="Have your say", slug="have-your-say"),
        title="Night-time opening at the minor injuries unit",
        slug="minor-injuries-nights",
    )
    posting.start_thread(author=member, category=category, title="Getting to hospital at night", text="Buses?")

    for url, shown in [
        ("/", home_page.title),
        ("/have-your-say/", "Night-time opening at the minor injuries unit"),
        ("/have-your-say/minor-injuries-nights/", "Night-time opening at the minor injuries unit"),
        ("/forum/", "Getting to hospital at night"),
        ("/search/?q=night", "Night-time opening at the minor injuries unit"),
        ("/forum/search/?q=hospital", "Getting to hospital at night"),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert shown in response.content.decode(), url


def test_the_admin_dashboard_renders(client, home_page):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))

    response = client.get("/admin/")

    assert response.status_code == 200
    assert "Dashboard" in response.content.decode()
