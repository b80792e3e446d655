"""Under /feedback/stories/ (config/urls.py): DESIGN.md keeps /feedback/ for quick feedback
and stories."""

from django.urls import path

from . import views

app_name = "stories"

urlpatterns = [
    path("", views.story_list, name="list"),
    path("<int:pk>/", views.story_page, name="story"),
    path("tell/", views.TellView.as_view(), name="tell"),
    path("tell/check-your-email/", views.check_email, name="check_email"),
    path("tell/thank-you/", views.told, name="told"),
    path("confirm/<str:token>/", views.ConfirmView.as_view(), name="confirm"),
]
