from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = _("Patient stories")

    def ready(self):
        from moderation.queue import QueueRoom, register
        from people import retention

        from . import deciding
        from .admin_views import queue_context
        from .permissions import can_moderate, moderators
        from .personal_data import register_holdings
        from .search_kinds import register_search_kinds
        from .telling import purge_unconfirmed

        register(
            QueueRoom(
                key="stories",
                heading=_("Patient stories"),
                waiting=deciding.queue,
                context=queue_context,
                template="stories/admin/queue_section.html",
                may_moderate=can_moderate,
                moderators=moderators,
            )
        )
        register_search_kinds()
        register_holdings()
        retention.register(retention.Rule(name="stories_unconfirmed", purge=purge_unconfirmed))
