from django.apps import AppConfig


class PeopleBankConfig(AppConfig):
    name = "people_bank"
    verbose_name = "People Bank"

    def ready(self):
        from . import personal_data  # noqa: F401  (joins the registries of what we hold)
