from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The Kellsmoor and Wendlebridge demo world, the factories tests build with, and the search
    benchmark. Installed by the development and test settings only, never in production."""

    name = "demo"
    verbose_name = "Demo content"
