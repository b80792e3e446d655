from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate
from wagtail.users.apps import WagtailUsersAppConfig


class PeopleConfig(AppConfig):
    name = "people"
    verbose_name = "People"
    default = True

    def ready(self):
        from . import account_data, inactive_accounts, retention
        from .roles import apply_roles_after_migrate

        post_migrate.connect(apply_roles_after_migrate, sender=self)
        account_data.register_holdings()
        retention.register(retention.Rule(name="inactive_accounts", purge=inactive_accounts.warn_and_erase))
        retention.register(retention.Rule(name="sent_emails", purge=account_data.purge_sent_emails))
        # A member's name leaves the pages that showed it with their account.
        post_delete.connect(_forget_pages, sender="people.User", dispatch_uid="page-cache-user-deleted")


def _forget_pages(**kwargs):
    from core.page_cache import forget_all_pages

    forget_all_pages()


class PeopleUsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with forms that know our display name field."""

    default = False
    user_viewset = "people.viewsets.UserViewSet"
