"""Fill the site with the demo world, so a person can look round and try the approval workflow.

Safe to run again: every builder finds what it made last time and updates it in place.
"""

import os

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.urls import reverse

from demo.content.engagement_cycle import build_engagement_cycle
from demo.content.equality import build_equality
from demo.content.feedback import build_feedback
from demo.content.forum import build_forum
from demo.content.people_bank import build_people_bank
from demo.content.site import build_home
from demo.content.stories import build_stories
from demo.content.translations import build_translations
from notifications.announcements import count_as_told

# One builder per room, run in this order. Each is idempotent and returns lines for the summary.
BUILDERS = [
    build_home,
    build_engagement_cycle,
    build_forum,
    build_equality,
    build_people_bank,
    build_stories,
    build_feedback,
    build_translations,
]

DEMO_PASSWORD = "kellsmoor-demo-2026"  # noqa: S105 (a public demo password, printed on purpose)

# (role, e-mail, display name, group); the administrator is a superuser and needs no group.
STAFF_ACCOUNTS = [
    ("Editor", "editor@example.org", "Demo editor", "Editors"),
    ("Publisher", "publisher@example.org", "Demo publisher", "Publishers"),
    ("Moderator", "moderator@example.org", "Demo moderator", "Moderators"),
    ("Engagement lead", "engagement@example.org", "Demo engagement lead", "Engagement leads"),
]


class Command(BaseCommand):
    help = (
        "Load the Kellsmoor and Wendlebridge demo content and staff accounts. Safe to run again. "
        "DEMO_ADMIN_EMAIL and DEMO_ADMIN_PASSWORD set the administrator's login; DEMO_STAFF_PASSWORD "
        "sets the other staff accounts'."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--i-know-this-is-not-production",
            action="store_true",
            dest="not_production",
            help="Load the demo with DEBUG off, on a machine nobody else can reach.",
        )

    def handle(self, *args, **options):
        if not settings.DEBUG and not options["not_production"]:
            raise CommandError(
                "DEBUG is off, so this may be a public site. The demo rewrites the site's address and pages, "
                "and creates an administrator whose password (unless DEMO_ADMIN_PASSWORD is set) is printed in "
                "the README. Add --i-know-this-is-not-production if this machine is only for trying the site."
            )
        with transaction.atomic():
            for build in BUILDERS:
                for line in build():
                    self.stdout.write(f"  {line}")
            # The demo's open consultations and events are not news: no invitations for them. The
            # GP booking consultation, coming soon, is announced when someone opens it (README).
            count_as_told()
            accounts = ensure_demo_accounts()

        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
        self.stdout.write(f"Log in at {settings.WAGTAILADMIN_BASE_URL}{reverse('wagtailadmin_home')} with:")
        for role, email, password in accounts:
            self.stdout.write(f"  {role:<16} {email:<28} {password}")


def ensure_demo_accounts():
    """Create or reset the demo administrator and one account per staff role.

    Returns (role, e-mail, password) for each, so the command can print them.
    """
    admin_email = os.environ.get("DEMO_ADMIN_EMAIL", "admin@example.org")
    admin_password = os.environ.get("DEMO_ADMIN_PASSWORD", DEMO_PASSWORD)
    staff_password = os.environ.get("DEMO_STAFF_PASSWORD", DEMO_PASSWORD)

    _account(admin_email, admin_password, "Demo administrator", superuser=True)
    accounts = [("Administrator", admin_email, admin_password)]
    for role, email, display_name, group in STAFF_ACCOUNTS:
        _account(email, staff_password, display_name).groups.set([Group.objects.get(name=group)])
        accounts.append((role, email, staff_password))
    return accounts


def _account(email, password, display_name, superuser=False):
    """The account, with its e-mail address confirmed: every log-in, the admin's too, goes through
    the public log-in page, which asks an unconfirmed address to be confirmed first."""
    User = get_user_model()
    user = User.objects.filter(email=User.objects.normalize_email(email)).first()
    if user is None:
        user = User.objects.create_user(
            email, password, display_name=display_name, is_staff=superuser, is_superuser=superuser
        )
    else:
        user.set_password(password)
        user.display_name = display_name
        user.is_active = True
        user.is_staff = user.is_superuser = superuser
        user.save()
    EmailAddress.objects.update_or_create(user=user, email=user.email, defaults={"verified": True, "primary": True})
    return user
