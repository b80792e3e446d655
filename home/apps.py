from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and site-wide settings"

    def ready(self):
        from .spreadsheets import neutralise_csv_exports

        neutralise_csv_exports()
