from django.apps import AppConfig


class ConsultationsConfig(AppConfig):
    name = "consultations"
    verbose_name = "Consultations and the engagement cycle"

    def ready(self):
        from wagtail.signals import page_published

        from .models import OutcomePage
        from .personal_data import register_holdings
        from .search_kinds import register_search_kinds
        from .signals import queue_outcome_notices

        register_search_kinds()
        register_holdings()
        page_published.connect(
            queue_outcome_notices, sender=OutcomePage, dispatch_uid="consultations.queue_outcome_notices"
        )
