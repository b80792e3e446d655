from django.urls import path

from . import insight_views

app_name = "insight"

urlpatterns = [
    path("", insight_views.dashboard, name="dashboard"),
    path("data.json", insight_views.data_json, name="json"),
    path("<slug:slug>.csv", insight_views.data_csv, name="csv"),
]
