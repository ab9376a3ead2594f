"""Login protection (django-axes): who is locked out, and the lockout page."""

from axes.handlers.database import AxesDatabaseHandler
from django.conf import settings
from django.db.models import Sum
from django.shortcuts import render


class LockoutHandler(AxesDatabaseHandler):
    """Two limits instead of axes' one (settings.AXES_LOCKOUT_PARAMETERS, in this order):

    - a username together with the address guessing it: ``AXES_FAILURE_LIMIT`` failures
      lock out that pair only, so nobody can lock a known account out from elsewhere;
    - an address, whatever usernames it tries: ``AXES_ADDRESS_FAILURE_LIMIT`` failures.

    Axes compares one count with ``AXES_FAILURE_LIMIT``; the address's count is scaled to it."""

    def get_failures(self, request, credentials=None):
        counts = [
            attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            for attempts in self.get_user_attempts(request, credentials)
        ]
        if len(counts) != 2:  # another AXES_LOCKOUT_PARAMETERS: axes' own rule
            return max(counts)
        username_and_address, address = counts
        limit, address_limit = settings.AXES_FAILURE_LIMIT, settings.AXES_ADDRESS_FAILURE_LIMIT
        return max(username_and_address, address * limit // address_limit)


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
