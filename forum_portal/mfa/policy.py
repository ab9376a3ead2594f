"""Who owes a second factor, and which of their devices count.

- A user with a confirmed authenticator app (TOTP) or passkey is asked for it after the password.
- A staff user without one, when ``STAFF_REQUIRE_2FA`` is on, must enrol one first.
- Recovery codes (a django-otp static device) stand in for a lost factor; they alone do not
  count as enrolled, and they go when the last factor goes.
"""

from django.conf import settings
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.models import WebAuthnCredential

VERIFY = "verify"
ENROL = "enrol"
RECOVERY_CODE_COUNT = 10
RECOVERY_DEVICE_NAME = "recovery"


def authenticator(user):
    """The user's confirmed authenticator app, if any."""
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def passkeys(user):
    return WebAuthnCredential.objects.devices_for_user(user, confirmed=True).order_by("created_at")


def has_second_factor(user):
    return authenticator(user) is not None or passkeys(user).exists()


def must_enrol(user):
    return user.is_staff and settings.STAFF_REQUIRE_2FA


def pending_step(user):
    """What a signed-in user still owes: ``VERIFY``, ``ENROL`` or nothing (``None``)."""
    if not user.is_authenticated or user.is_verified():
        return None
    if has_second_factor(user):
        return VERIFY
    if must_enrol(user):
        return ENROL
    return None


def recovery_device(user):
    return StaticDevice.objects.filter(user=user, name=RECOVERY_DEVICE_NAME).first()


def remaining_recovery_codes(user):
    return StaticToken.objects.filter(
        device__user=user, device__name=RECOVERY_DEVICE_NAME, device__confirmed=True
    ).count()


def new_recovery_codes(user):
    """Replace the user's recovery codes with a fresh set and return them (shown once)."""
    StaticDevice.objects.filter(user=user, name=RECOVERY_DEVICE_NAME).delete()
    device = StaticDevice.objects.create(user=user, name=RECOVERY_DEVICE_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def forget_recovery_codes_without_factor(user):
    """Recovery codes stand in for a factor: without any factor left, they go too."""
    if not has_second_factor(user):
        StaticDevice.objects.filter(user=user, name=RECOVERY_DEVICE_NAME).delete()


def reset(user):
    """Remove every second factor of the user (an administrator's action for a lost device)."""
    TOTPDevice.objects.filter(user=user).delete()
    WebAuthnCredential.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
