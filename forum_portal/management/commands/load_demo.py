"""Load the demo content: idempotent, and never overwrites what editors changed in the admin."""

from importlib import import_module
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError, no_translations
from django.db import transaction

from core.demo import DemoDataError, DemoLoader
from forum_portal.search import rebuild_index

# Each app that has demo content provides ``<app>.demo.load(loader, with_passwords=...)``, which
# reads the data files the app owns and returns the demo logins it created. The order follows
# the import direction (universities ← events ← partners): a row is defined in the lowest app
# that needs it and referred to by its key above.
DEMO_MODULES = ["universities.demo", "events.demo", "partners.demo"]
STAFF_LOGINS = Path(__file__).resolve().parents[2] / "demo" / "staff.yaml"


class Command(BaseCommand):
    help = "Load the demo content from the data files of each app (idempotent, all or nothing)."

    # A developer's tool: its messages (Django's validation errors in them included) are in
    # English like the rest of its output, whatever the default language (content is kk-first).
    @no_translations
    def handle(self, *args, **options):
        try:
            with transaction.atomic():
                logins = load_demo(with_passwords=settings.DEBUG)
        except DemoDataError as error:
            raise CommandError(f"Nothing was loaded: {error}") from None
        self.stdout.write(self.style.SUCCESS("Demo content is loaded."))
        if logins:
            self.stdout.write("Demo logins (username / password):")
            for username, password in logins:
                self.stdout.write(f"{username} / {password}")
        else:
            self.stdout.write("No demo passwords are set when DJANGO_DEBUG is off.")


def load_demo(*, with_passwords):
    """Load every app's demo content with one loader; returns the (username, password) pairs."""
    loader = DemoLoader()
    logins = create_staff_logins(loader) if with_passwords else []
    for module in DEMO_MODULES:
        logins += import_module(module).load(loader, with_passwords=with_passwords)
    rebuild_index()  # the importers may write rows without a save signal
    return logins


def create_staff_logins(loader):
    """Create the demo staff accounts if they are missing; an existing account is left as is."""
    User = get_user_model()
    logins = []
    for row in loader.read(STAFF_LOGINS):
        user, created = User.objects.get_or_create(
            username=row["username"],
            defaults={"is_staff": True, "is_superuser": row.get("is_superuser", False)},
        )
        if created:
            user.set_password(row["password"])
            user.save(update_fields=["password"])
            if row.get("role"):
                user.groups.add(_role(row["role"]))
        logins.append((row["username"], row["password"]))
    return logins


def _role(name):
    try:
        return Group.objects.get(name=name)
    except Group.DoesNotExist:
        raise DemoDataError(f"{STAFF_LOGINS.name}: no role named “{name}”.") from None
