"""A member's own pages, next to allauth's under /accounts/."""

from django.urls import path

from . import views

app_name = "people"

urlpatterns = [
    path("", views.AccountView.as_view(), name="account"),
    path("display-name/", views.DisplayNameView.as_view(), name="display_name"),
    path("logged-out/", views.LoggedOutView.as_view(), name="logged_out"),
    path("your-data/", views.YourDataView.as_view(), name="your_data"),
    path("your-data/download/", views.DownloadView.as_view(), name="download_data"),
    path("delete/", views.DeleteAccountView.as_view(), name="delete_account"),
    path("deleted/", views.AccountDeletedView.as_view(), name="account_deleted"),
]
