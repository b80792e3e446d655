"""Admin wiring: Reports > Deleted accounts (people/viewsets.py)."""

from wagtail import hooks

from .viewsets import ErasureRecordViewSet

erased_accounts = ErasureRecordViewSet()


@hooks.register("register_admin_viewset")
def register_erased_accounts():
    return erased_accounts


@hooks.register("register_reports_menu_item")
def register_erased_accounts_menu_item():
    return erased_accounts.get_menu_item(order=1330)
