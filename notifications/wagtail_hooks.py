"""Admin wiring: Reports > E-mails not sent (notifications/viewsets.py)."""

from wagtail import hooks

from .viewsets import UnsentEmailViewSet

unsent_emails = UnsentEmailViewSet()


@hooks.register("register_admin_viewset")
def register_unsent_emails():
    return unsent_emails


@hooks.register("register_reports_menu_item")
def register_unsent_emails_menu_item():
    return unsent_emails.get_menu_item(order=1320)
