from django.apps import AppConfig


class ConsultationsConfig(AppConfig):
    name = "consultations"
    verbose_name = "Consultations"

    def ready(self):
        from .personal_data import register_holdings
        from .search_kinds import register_search_kinds

        register_search_kinds()
        register_holdings()
