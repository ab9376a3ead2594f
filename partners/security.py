"""Login protection (django-axes): the lockout page."""

from django.conf import settings
from django.shortcuts import render


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
