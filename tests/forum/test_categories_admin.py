"""Editors keep the forum's categories in order in the admin, and the forum follows it."""

from django.contrib.auth.models import Group

from demo.factories.forum import CategoryFactory
from demo.factories.people import UserFactory


def test_editors_can_put_categories_in_order_and_the_forum_follows(client, forum_page):
    transport = CategoryFactory(name="Transport", slug="transport", sort_order=0)
    mental_health = CategoryFactory(name="Mental health", slug="mental-health", sort_order=1)
    editor = UserFactory(display_name="Ed")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)

    listing = client.get("/admin/snippets/forum/category/").content.decode()
    assert "Sort item order" in listing
    assert client.get("/admin/snippets/forum/category/?ordering=sort_order").status_code == 200
    response = client.post(f"/admin/snippets/forum/category/reorder/{mental_health.pk}/?position=0")
    assert response.status_code == 200

    forum = client.get("/forum/").content.decode()
    assert forum.index("Mental health") < forum.index("Transport")
    transport.refresh_from_db()
    assert transport.sort_order == 1
