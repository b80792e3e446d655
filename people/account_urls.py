"""allauth's one form with no limit of its own, limited per client address like ours: the
button on the page a confirmation e-mail links to. Mounted before allauth's addresses, under
the same name. (Logging out has no limit on purpose: it stores nothing, and refusing it could
leave someone logged in on a shared computer.)"""

from allauth.account import views as allauth_views
from django.urls import re_path

from core.post_limits import limit_posts

urlpatterns = [
    re_path(
        r"^confirm-email/(?P<key>[-:\w]+)/$",
        limit_posts("email-confirmation")(allauth_views.confirm_email),
        name="account_confirm_email",
    ),
]
