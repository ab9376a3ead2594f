import pytest
from django.contrib.auth.models import Group
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from forum_portal.roles import EDITOR
from tests.factories import InstitutionFactory, PartnerAccountFactory, UserFactory

PASSWORD = "Correct-horse-battery-9"


@pytest.fixture(autouse=True)
def _two_factor_required(settings):
    """As in production: staff must sign in with a second factor."""
    settings.STAFF_REQUIRE_2FA = True


def make_user(username, **fields):
    user = UserFactory(username=username, **fields)
    user.set_password(PASSWORD)
    user.save()
    return user


@pytest.fixture
def editor(db):
    user = make_user("editor", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITOR))
    return user


@pytest.fixture
def partner(db):
    user = make_user("partner-a")
    PartnerAccountFactory(user=user, institutions=[InstitutionFactory(slug="alpha-university")])
    return user


def current_code(device):
    """The code an authenticator app shows now, computed from the device's key."""
    device.refresh_from_db()
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def enrolled(user):
    """A confirmed authenticator app for the user (as if set up earlier)."""
    return TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)


def admin_login(client, username="editor", password=PASSWORD, code="en"):
    """Log in through the admin's login page, with a browser that prefers language ``code``
    (the admin's URLs carry no language)."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = code
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": username, "password": password, "next": "/admin/"},
    )


def partner_login(client, username="partner-a", code="en"):
    return client.post(f"/{code}/partner/login/", {"username": username, "password": PASSWORD})
