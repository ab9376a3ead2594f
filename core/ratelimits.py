"""Rate limits on views (django-ratelimit): one decorator, rates from the settings.

``settings.PORTAL_RATE_LIMITS`` maps a group ("search", "password-reset"…) to its rate
("60/m"); over it, django-ratelimit's middleware answers with ``settings.RATELIMIT_VIEW``."""

from django.conf import settings
from django.utils.decorators import method_decorator
from django_ratelimit.decorators import ratelimit


def _rate(group, request):
    return settings.PORTAL_RATE_LIMITS[group]


def rate_limited(group, *, key="ip", method="POST"):
    """A class decorator for a view: ``method`` requests counted per ``key`` (django-ratelimit's
    keys: "ip", "user_or_ip", "post:email"…) under ``group``'s rate."""
    return method_decorator(
        ratelimit(group=group, key=key, rate=_rate, method=method, block=True), name="dispatch"
    )
