from django.apps import AppConfig


class ServiceChangesConfig(AppConfig):
    name = "service_changes"
    verbose_name = "Service changes"

    def ready(self):
        from .search_kinds import register_search_kinds

        register_search_kinds()
