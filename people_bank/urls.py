from django.urls import path
from django.views.generic import TemplateView

from . import views

app_name = "people_bank"

urlpatterns = [
    path("", views.JoinView.as_view(), name="join"),
    path("check-your-email/", TemplateView.as_view(template_name="people_bank/check_email.html"), name="check_email"),
    path("confirmed/", TemplateView.as_view(template_name="people_bank/confirmed.html"), name="confirmed"),
    path("confirm/<str:token>/", views.ConfirmView.as_view(), name="confirm"),
    path("yours/", views.MemberManageView.as_view(), name="member_manage"),
    path("manage/", views.AskForLinkView.as_view(), name="ask_for_link"),
    path("manage/sent/", TemplateView.as_view(template_name="people_bank/link_sent.html"), name="link_sent"),
    path("manage/<str:token>/", views.ManageView.as_view(), name="manage"),
    path("stop/<str:token>/", views.stop_invitations, name="stop"),
    path("keep/<str:token>/", views.KeepView.as_view(), name="keep"),
    path("kept/", TemplateView.as_view(template_name="people_bank/kept.html"), name="kept"),
    path("left/", TemplateView.as_view(template_name="people_bank/left.html"), name="left"),
]
