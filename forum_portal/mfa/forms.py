"""The code a user types: from an authenticator app (6 digits) or a recovery code."""

import re

from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from forum_portal.mfa import policy

TOTP_DIGITS = 6


def _normalise(code):
    return re.sub(r"[\s-]", "", code).lower()


class CodeForm(forms.Form):
    """Checks the code against the given devices (django-otp: single use, throttled)."""

    code = forms.CharField(
        label=_("Code"),
        max_length=64,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "autocapitalize": "off",
                "spellcheck": "false",
            }
        ),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.device = None

    def devices(self, code):
        raise NotImplementedError

    def clean_code(self):
        code = _normalise(self.cleaned_data["code"])
        error = forms.ValidationError(
            _("This code is not correct. Check it and try again."), code="invalid"
        )
        # Outside a failed transaction: a wrong code must still count towards the throttle.
        with transaction.atomic():
            for device in self.devices(code):
                device = type(device).objects.select_for_update().get(pk=device.pk)
                allowed, _details = device.verify_is_allowed()
                if not allowed:
                    error = forms.ValidationError(
                        _("Too many wrong codes. Wait a minute and try again."),
                        code="throttled",
                    )
                elif device.verify_token(code):
                    self.device = device
                    return code
        raise error


class VerifyForm(CodeForm):
    """Sign-in: a code from the authenticator app or one of the recovery codes."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].help_text = _(
            "The 6-digit code your authenticator app shows now, or one of your recovery codes."
        )

    def devices(self, code):
        device = (
            policy.authenticator(self.user)
            if code.isdigit() and len(code) == TOTP_DIGITS
            else policy.recovery_device(self.user)
        )
        return [device] if device is not None else []


class AuthenticatorSetupForm(CodeForm):
    """Enrolment: the first code of the app just set up confirms it."""

    def __init__(self, *args, device, **kwargs):
        super().__init__(*args, **kwargs)
        self.new_device = device
        self.fields["code"].help_text = _("The 6-digit code your authenticator app shows now.")

    def devices(self, code):
        return [self.new_device]
