from django.apps import AppConfig


class ConsultationsConfig(AppConfig):
    name = "consultations"
    verbose_name = "Consultations"

    def ready(self):
        from core import published
        from notifications.announcements import register_audience, register_source
        from taxonomy.models import Place, Topic

        from .models import ConsultationPage
        from .personal_data import register_holdings
        from .reminders import open_now, tell_opening_subscribers
        from .search_kinds import register_search_kinds

        register_search_kinds()
        register_holdings()
        register_source(ConsultationPage, open_now)
        register_audience(tell_opening_subscribers)
        # The finder's filters list every topic and place (forms.FinderForm); pages show them.
        published.watch(Topic, Place)
