from django.apps import AppConfig
from django.db.models.signals import post_migrate
from wagtail.users.apps import WagtailUsersAppConfig


class PeopleConfig(AppConfig):
    name = "people"
    verbose_name = "People"
    default = True

    def ready(self):
        from .roles import apply_roles_after_migrate

        post_migrate.connect(apply_roles_after_migrate, sender=self)


class PeopleUsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with forms that know our display name field."""

    default = False
    user_viewset = "people.viewsets.UserViewSet"
