from django.apps import AppConfig


class ConsultationsConfig(AppConfig):
    name = "consultations"
    verbose_name = "Consultations"

    def ready(self):
        from core import published
        from taxonomy.models import Place, Topic

        from .personal_data import register_holdings
        from .search_kinds import register_search_kinds

        register_search_kinds()
        register_holdings()
        # The finder's filters list every topic and place (forms.FinderForm); pages show them.
        published.watch(Topic, Place)
