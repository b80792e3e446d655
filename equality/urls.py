"""The equality form's public addresses. "About you" is what people read; "equality
monitoring" is our word, not theirs."""

from django.urls import path

from . import views

app_name = "equality"

urlpatterns = [
    path("thank-you/", views.ThanksView.as_view(), name="thanks"),
    path("<str:token>/", views.EqualityFormView.as_view(), name="form"),
]
