from django.apps import AppConfig


class ForumConfig(AppConfig):
    name = "forum"

    def ready(self):
        from django.utils.translation import gettext_lazy as _

        from moderation.queue import QueueRoom, register

        from .admin.views import queue_context, queue_with_reports
        from .cache_purging import forget_pages_when_the_forum_changes
        from .permissions import can_moderate, moderators
        from .personal_data import register_holdings
        from .search_kinds import register_search_kinds

        register(
            QueueRoom(
                key="forum",
                heading=_("Forum posts"),
                waiting=queue_with_reports,
                context=queue_context,
                template="forum/admin/queue_section.html",
                may_moderate=can_moderate,
                moderators=moderators,
                order=0,
            )
        )
        register_search_kinds()
        register_holdings()
        forget_pages_when_the_forum_changes()
