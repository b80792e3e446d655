"""Admin URLs for moderators, under /admin/forum/."""

from django.urls import path

from . import views

urlpatterns = [
    path("forum/queue/", views.QueueView.as_view(), name="forum_queue"),
    path("forum/queue/bulk/", views.BulkView.as_view(), name="forum_queue_bulk"),
    path("forum/queue/<int:post_id>/approve/", views.ApproveView.as_view(), name="forum_queue_approve"),
    path("forum/queue/<int:post_id>/dismiss/", views.DismissView.as_view(), name="forum_queue_dismiss"),
    path("forum/queue/<int:post_id>/remove/", views.RemoveView.as_view(), name="forum_queue_remove"),
    path("forum/members/<int:user_id>/", views.MemberView.as_view(), name="forum_member"),
    path("forum/members/<int:user_id>/suspend/", views.SuspendView.as_view(), name="forum_member_suspend"),
    path("forum/members/<int:user_id>/ban/", views.BanView.as_view(), name="forum_member_ban"),
    path(
        "forum/members/<int:user_id>/sanctions/<int:sanction_id>/lift/",
        views.LiftView.as_view(),
        name="forum_member_lift",
    ),
]
