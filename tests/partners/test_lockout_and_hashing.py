"""The lockout's end and the real password hashing: what the fast test settings (MD5 hashing,
tests/conftest.py) and the test clock must not hide."""

import pytest
from axes.models import AccessAttempt
from django.db.models import F

from tests.factories import PartnerAccountFactory, UserFactory
from tests.partners.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def _fail(client, username="partner-a"):
    return client.post("/en/partner/login/", {"username": username, "password": "wrong"})


def test_the_lockout_ends_after_the_cool_off_period(client, partner_a, settings):
    for _ in range(5):
        _fail(client)
    login = {"username": "partner-a", "password": PASSWORD}
    assert client.post("/en/partner/login/", login).status_code == 429
    # The cool-off period passes: django-axes reads the failures' time, so move it back.
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - settings.AXES_COOLOFF_TIME)
    assert client.post("/en/partner/login/", login)["Location"] == "/en/partner/"


def test_the_portal_stores_passwords_with_pbkdf2(client, institution_a, real_password_hashers):
    """The other tests hash with MD5 to be fast (tests/conftest.py); the portal itself does not."""
    user = UserFactory(username="partner-real")
    user.set_password(PASSWORD)
    user.save()
    PartnerAccountFactory(user=user, institutions=[institution_a])
    assert user.password.startswith("pbkdf2_sha256$1000000$")
    assert _fail(client, username="partner-real").status_code == 200
    login = {"username": "partner-real", "password": PASSWORD}
    assert client.post("/en/partner/login/", login)["Location"] == "/en/partner/"
