"""Passkeys (django-otp-webauthn) bound to the portal's own host and origins."""

from django.conf import settings
from django_otp_webauthn.helpers import WebAuthnHelper

LOCAL_HOST = "localhost"


def _host(request):
    return request.get_host().rsplit(":", 1)[0]


def relying_party_id(request):
    """``WEBAUTHN_RP_ID``, else the host the request came to (Django checked it against
    ``ALLOWED_HOSTS``)."""
    return settings.WEBAUTHN_RP_ID or _host(request)


class PortalWebAuthnHelper(WebAuthnHelper):
    def get_allowed_origins(self):
        """The configured origins; on localhost (development, browser tests) also the
        request's own origin, whatever its port."""
        origins = list(super().get_allowed_origins())
        if _host(self.request) == LOCAL_HOST:
            origins.append(f"{self.request.scheme}://{self.request.get_host()}")
        return origins
