from django.apps import AppConfig


class EngagementReportConfig(AppConfig):
    name = "engagement_report"
    verbose_name = "Engagement report"

    def ready(self):
        from .search_kinds import register_search_kinds

        register_search_kinds()
