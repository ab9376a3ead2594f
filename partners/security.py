"""Login protection (django-axes): the visitor's address and the lockout page."""

from django.conf import settings
from django.shortcuts import render


def client_ip_address(request):
    """The visitor's address. Behind ``AXES_IPWARE_PROXY_COUNT`` trusted proxies it is the entry
    the outermost of them appended to X-Forwarded-For (entries further left can be forged)."""
    count = settings.AXES_IPWARE_PROXY_COUNT
    if count:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        addresses = [a.strip() for a in forwarded.split(",") if a.strip()]
        if len(addresses) >= count:
            return addresses[-count]
    return request.META.get("REMOTE_ADDR")


def lockout(request, original_response=None, credentials=None):
    """The lockout page in the site's look and the visitor's language (HTTP 429)."""
    return render(
        request,
        "partners/lockout.html",
        {
            "failure_limit": settings.AXES_FAILURE_LIMIT,
            "cooloff_minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
        },
        status=429,
    )
