from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.translation import gettext_lazy as _

# The main navigation: (URL name, label). Each app adds its entry when its pages exist.
MAIN_NAVIGATION = [
    ("home", _("Home")),
    ("events:forum-list", _("Forums")),
    ("events:programme", _("Programme")),
    ("events:speaker-list", _("Speakers")),
    ("partners:council", _("Council")),
    ("universities:campus-list", _("Branch campuses")),
    ("events:article-list", _("News")),
]


def _main_navigation(path):
    items = []
    for url_name, label in MAIN_NAVIGATION:
        url = reverse(url_name)
        active = path == url if url_name == "home" else path.startswith(url)
        items.append({"url": url, "label": label, "active": active})
    return items


def site_origin(request):
    """``https://host`` of the request, or None when its Host header is not an allowed host
    (the 400 page for such a request must not ask for the host again)."""
    try:
        return f"{request.scheme}://{request.get_host()}"
    except DisallowedHost:
        return None


def site(request):
    """Language alternates of the current page (for the switcher and hreflang) and site facts."""
    current = translation.get_language()
    path = request.get_full_path()
    alternates = []
    for code, name in settings.LANGUAGES:
        with translation.override(code):
            local_name = str(name)
        alternates.append(
            {
                "code": code,
                "name": local_name,
                "url": translate_url(path, code),
                "current": code == current,
            }
        )
    return {
        "main_navigation": _main_navigation(request.path),
        "language_alternates": alternates,
        "default_alternate": next(a for a in alternates if a["code"] == settings.LANGUAGE_CODE),
        "contact_email": settings.PORTAL_CONTACT_EMAIL,
        "site_origin": site_origin(request),
    }
