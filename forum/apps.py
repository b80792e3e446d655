from django.apps import AppConfig


class ForumConfig(AppConfig):
    name = "forum"

    def ready(self):
        from .cache_purging import forget_pages_when_the_forum_changes
        from .personal_data import register_holdings
        from .search_kinds import register_search_kinds

        register_search_kinds()
        register_holdings()
        forget_pages_when_the_forum_changes()
