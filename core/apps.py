from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every room shares: the page layout, blocks, dates, form pieces, error pages and
    the organisation's settings. It imports none of our other apps."""

    name = "core"
    verbose_name = "Site-wide settings and shared pieces"

    def ready(self):
        from .page_cache import forget_pages_when_the_site_changes
        from .spreadsheets import neutralise_csv_exports

        neutralise_csv_exports()
        forget_pages_when_the_site_changes()
