from django.urls import path
from django.views.generic import TemplateView

from . import views

app_name = "feedback"

urlpatterns = [
    path("", views.index, name="index"),
    path("services/<slug:slug>/", views.ServiceFeedbackView.as_view(), name="service"),
    path("services/<slug:slug>/thanks/", views.thanks, name="thanks"),
    # The short link for posters and QR codes.
    path("s/<slug:slug>/", views.PosterFeedbackView.as_view(), name="poster"),
    path("suggest/", views.SuggestView.as_view(), name="suggest"),
    path("suggest/sent/", TemplateView.as_view(template_name="feedback/suggestion_sent.html"), name="suggestion_sent"),
    path("suggestions/<str:token>/", views.suggestion_status, name="suggestion_status"),
    path("how-we-involved-you/<str:token>/", views.InvolvementView.as_view(), name="involvement"),
]
