"""Send a signed-in user who still owes a second factor to the page where they give it.

Until then such a user reaches only that page, what it needs (the passkey endpoints and their
script catalog, the language switch) and the log-out views: the admin, the partner area and
every other page answer with a redirect there.
"""

from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.cache import add_never_cache_headers
from django.utils.http import urlencode

from forum_portal.mfa.policy import ENROL, VERIFY, pending_step

ALWAYS = {
    "partners:logout",
    "admin:logout",
    "switch-language",
    "otp_webauthn:js-i18n-catalog",
}
ALLOWED = {
    VERIFY: ALWAYS
    | {
        "mfa:verify",
        "otp_webauthn:credential-authentication-begin",
        "otp_webauthn:credential-authentication-complete",
    },
    ENROL: ALWAYS
    | {
        "mfa:setup",
        "mfa:totp",
        "mfa:recovery-codes",
        "otp_webauthn:credential-registration-begin",
        "otp_webauthn:credential-registration-complete",
    },
}
PAGE = {VERIFY: "mfa:verify", ENROL: "mfa:setup"}


class SecondFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        step = pending_step(request.user)
        if step is None:
            return self.get_response(request)
        try:
            view_name = resolve(request.path_info).view_name
        except Resolver404:
            return self.get_response(request)
        if view_name in ALLOWED[step]:
            return self.get_response(request)
        response = redirect(f"{reverse(PAGE[step])}?{urlencode({'next': request.get_full_path()})}")
        add_never_cache_headers(response)  # it depends on who asks: no shared cache keeps it
        return response
