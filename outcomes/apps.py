from django.apps import AppConfig


class OutcomesConfig(AppConfig):
    name = "outcomes"
    verbose_name = "You said, we did"

    def ready(self):
        from wagtail.signals import page_published

        from .models import OutcomePage
        from .search_kinds import register_search_kinds
        from .signals import queue_outcome_notices

        register_search_kinds()
        page_published.connect(queue_outcome_notices, sender=OutcomePage, dispatch_uid="outcomes.queue_outcome_notices")
