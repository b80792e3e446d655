"""People log in with their e-mail address and are shown to others by display name only."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from demo.factories.people import MemberFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_email_is_the_login_and_display_name_is_public():
    user = get_user_model().objects.create_user("Sam@Example.org", "a-long-password-1", display_name="Sam K")
    assert get_user_model().USERNAME_FIELD == "email"
    assert user.email == "Sam@example.org"
    assert str(user) == "Sam K"
    assert user.get_full_name() == "Sam K"
    assert not hasattr(user, "username") or user.username is None


def test_a_person_logs_in_to_the_admin_with_their_email(client):
    MemberFactory(email="lead@example.org", is_superuser=True, is_staff=True)
    response = client.post(
        client.get(reverse("wagtailadmin_login")).url,
        {"login": "lead@example.org", "password": "a-long-test-password"},
    )
    assert response.url == reverse("wagtailadmin_home")
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_staff_add_a_user_with_a_display_name_in_the_admin(client):
    client.force_login(UserFactory(is_superuser=True))
    add_url = reverse("wagtailusers_users:add")
    form = client.get(add_url)
    assert b'name="display_name"' in form.content
    assert b'name="first_name"' not in form.content

    response = client.post(
        add_url,
        {
            "email": "new.editor@example.org",
            "display_name": "Priya (engagement team)",
            "password1": "correct-horse-battery-9",
            "password2": "correct-horse-battery-9",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    created = get_user_model().objects.get(email="new.editor@example.org")
    assert created.display_name == "Priya (engagement team)"

    listing = client.get(reverse("wagtailusers_users:index"))
    assert b"Priya (engagement team)" in listing.content

    search = client.get(reverse("wagtailusers_users:index"), {"q": "new.editor"})
    assert b"Priya (engagement team)" in search.content
    edit = client.get(reverse("wagtailusers_users:edit", args=[created.pk]))
    assert edit.status_code == 200
    assert b'value="Priya (engagement team)"' in edit.content


def test_staff_cannot_give_a_user_a_display_name_with_a_line_break_in_the_admin(client):
    """Display names go into e-mail subjects, where a line break stops the e-mail; the admin's
    user form is built from the model, which carries the rule."""
    client.force_login(UserFactory(is_superuser=True))
    member = MemberFactory(display_name="Robin")

    response = client.post(
        reverse("wagtailusers_users:edit", args=[member.pk]),
        {"email": member.email, "display_name": "Robin\nKay", "is_active": "on"},
    )

    assert response.status_code == 200
    assert response.context["form"].errors["display_name"] == [
        "Use letters, numbers and punctuation only, on one line, without tabs or line breaks"
    ]
    member.refresh_from_db()
    assert member.display_name == "Robin"
