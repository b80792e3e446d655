from django.apps import AppConfig


class PeopleBankConfig(AppConfig):
    name = "people_bank"
    verbose_name = "People Bank"

    def ready(self):
        from notifications.announcements import register_audience

        from . import account_section, personal_data  # noqa: F401  (they join people's registries)
        from .invitations import invite_members

        register_audience(invite_members)
