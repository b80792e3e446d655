from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every room shares: the page layout, blocks, dates, form pieces, error pages and
    the organisation's settings. It imports none of our other apps."""

    name = "core"
    verbose_name = "Site-wide settings and shared pieces"

    def ready(self):
        from wagtail.images import get_image_model

        from . import published
        from .models import FooterLink, SiteSettings
        from .spreadsheets import neutralise_csv_exports
        from .translation import use_compact_translations

        neutralise_csv_exports()
        use_compact_translations()
        # Also empties the page cache whenever the published site changes.
        published.connect_signals()
        # The header and footer show the settings, their links and the logo (published.py).
        published.watch(SiteSettings, FooterLink, get_image_model())
