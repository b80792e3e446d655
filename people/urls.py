"""A member's own pages, next to allauth's under /accounts/."""

from django.urls import path

from . import views

app_name = "people"

urlpatterns = [
    path("", views.AccountView.as_view(), name="account"),
    path("display-name/", views.DisplayNameView.as_view(), name="display_name"),
    path("logged-out/", views.LoggedOutView.as_view(), name="logged_out"),
]
