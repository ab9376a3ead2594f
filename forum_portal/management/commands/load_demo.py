"""Load the demo content: idempotent, and never overwrites what editors changed in the admin."""

from importlib import import_module

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction

from forum_portal import roles

# Each app that has demo content provides ``<app>.demo.load()``; order follows the import
# direction (universities ← events ← partners). load() returns the demo logins it created.
DEMO_MODULES = ["universities.demo", "events.demo", "partners.demo"]

STAFF_LOGINS = [
    # username, password, is_superuser, role (a group kept in sync by forum_portal.roles)
    ("admin", "forum-admin-2025", True, None),
    ("editor", "forum-editor-2025", False, roles.EDITOR),
    ("translator", "forum-translator-2025", False, roles.TRANSLATOR),
    ("proposals-manager", "forum-proposals-2025", False, roles.PARTNER_MANAGER),
]


class Command(BaseCommand):
    help = "Load the demo content from the sourced facts in the shared data folder (idempotent)."

    @transaction.atomic
    def handle(self, *args, **options):
        logins = []
        if settings.DEBUG:
            logins += create_staff_logins()
        for module in DEMO_MODULES:
            logins += import_module(module).load(with_passwords=settings.DEBUG) or []
        self.stdout.write(self.style.SUCCESS("Demo content is loaded."))
        if logins:
            self.stdout.write("Demo logins (username / password):")
            for username, password in logins:
                self.stdout.write(f"{username} / {password}")
        else:
            self.stdout.write("No demo passwords are set when DJANGO_DEBUG is off.")


def create_staff_logins():
    """Create the demo staff accounts if they are missing; an existing account is left as is."""
    User = get_user_model()
    logins = []
    for username, password, is_superuser, role in STAFF_LOGINS:
        user, created = User.objects.get_or_create(
            username=username, defaults={"is_staff": True, "is_superuser": is_superuser}
        )
        if created:
            user.set_password(password)
            user.save(update_fields=["password"])
            if role:
                user.groups.add(Group.objects.get(name=role))
        logins.append((username, password))
    return logins
