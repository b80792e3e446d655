from django.apps import AppConfig


class FeedbackConfig(AppConfig):
    name = "feedback"
    verbose_name = "Feedback"

    def ready(self):
        from . import personal_data, signals  # noqa: F401  (they join people's registries and Wagtail's signals)
