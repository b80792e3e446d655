from django.apps import AppConfig


class PeopleBankConfig(AppConfig):
    name = "people_bank"
    verbose_name = "People Bank"

    def ready(self):
        from . import account_section, personal_data  # noqa: F401  (they join people's registries)
