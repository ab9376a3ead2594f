"""The back office's language: chosen in the admin header, remembered per user.

The choice is stored in the user's `UserPreference`, copied into the session at login and on
every change, and activated for the admin's URLs by `AdminLanguageMiddleware` (one session read,
no query). Without a choice the admin follows the language cookie and the browser, as before.
The public site keeps its URL prefix: the middleware never touches it.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_POST
from django.views.i18n import set_language

from forum_portal.models import UserPreference

SESSION_KEY = "admin_language"


def remember_on_login(sender, request, user, **kwargs):
    """`user_logged_in` receiver: the user's stored choice becomes this session's."""
    language = (
        UserPreference.objects.filter(user=user).values_list("admin_language", flat=True).first()
    )
    if language:
        request.session[SESSION_KEY] = language


@require_POST
def set_admin_language(request):
    """Django's `set_language` (cookie, safe `next`), plus the user's stored choice."""
    response = set_language(request)
    language = request.POST.get("language")
    if language in dict(settings.LANGUAGES) and request.user.is_authenticated:
        UserPreference.objects.update_or_create(
            user=request.user, defaults={"admin_language": language}
        )
        request.session[SESSION_KEY] = language
    return response


class AdminLanguageMiddleware:
    """Activates the user's back-office language on the admin's pages (after LocaleMiddleware)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = request.session.get(SESSION_KEY) if hasattr(request, "session") else None
        if (
            language in dict(settings.LANGUAGES)
            and request.path.startswith(reverse("admin:index"))
            and request.user.is_authenticated
        ):
            translation.activate(language)
            request.LANGUAGE_CODE = language
        return self.get_response(request)
