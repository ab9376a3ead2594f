"""Two-factor sign-in: a second factor after the password (TOTP, passkeys, recovery codes).

Built on django-otp (its TOTP and static devices, its session marker ``user.is_verified()``)
and django-otp-webauthn (passkeys). This package adds the portal's policy (who owes a second
factor), the middleware that enforces it, and the enrolment and verify pages.
"""
