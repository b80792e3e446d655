"""The forum's one address outside the page tree: unsubscribing from a conversation's
e-mails. A mail program's one-click unsubscribe POSTs without a CSRF token, and only a plain
Django view can be exempt from the check (Wagtail serves the page tree through one view).
It keeps the address the forum page's own route had, so links in e-mails already sent work."""

from django.urls import path

from core.converters import register_id_converter

from .views import following

register_id_converter()

urlpatterns = [
    path(
        "forum/unsubscribe/<id:thread_id>/<id:member_id>/<str:signature>/",
        following.unsubscribe,
        name="forum_unsubscribe",
    ),
]
