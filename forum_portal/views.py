"""Project-level views: home page, search, language switch, health check, robots.txt, errors."""

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django.views.generic import TemplateView

from core.ratelimits import rate_limited
from events.models import Article, Forum
from forum_portal.api import API_PREFIX
from forum_portal.search import search


class HomeView(TemplateView):
    template_name = "home.html"

    def get_context_data(self, **kwargs):
        forum = Forum.objects.published().select_related("city").current_or_next()
        return super().get_context_data(
            forum=forum,
            key_figures=list(forum.key_figures.all()) if forum else [],
            latest_articles=list(Article.objects.published().newest_first()[:3]),
            **kwargs,
        )


@rate_limited("search", method="GET")
class SearchView(TemplateView):
    template_name = "search/results.html"

    def get_context_data(self, **kwargs):
        query, groups = search(self.request.GET.get("q", ""), translation.get_language())
        return super().get_context_data(
            query=query,
            groups=groups,
            total=sum(len(results) for _kind, results in groups),
            **kwargs,
        )


@require_GET
def switch_language(request, language):
    """Remember the visitor's language and send them to the same page in that language.

    The target comes from ``next``; anything that is not a path on this site is refused.
    """
    if language not in dict(settings.LANGUAGES):
        raise Http404
    next_url = request.GET.get("next") or "/"
    if not next_url.startswith("/") or not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        with translation.override(language):
            return render(request, "400.html", status=400)
    source_language = translation.get_language_from_path(next_url) or language
    with translation.override(source_language):
        target = translate_url(next_url, language)
    if target == next_url and source_language != language:
        # Not a page of this site in any language: fall back to the language's own home.
        with translation.override(language):
            target = reverse("home")
    response = HttpResponseRedirect(target)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        httponly=True,
    )
    return response


@never_cache
@require_GET
def healthz(request):
    """Report the state of the database and the cache; 503 when the database is unreachable."""
    state = {"database": "ok", "cache": "ok"}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        state["database"] = "unavailable"
    try:
        cache.set("healthz", "ok", 5)
        if cache.get("healthz") != "ok":
            state["cache"] = "unavailable"
    except Exception:  # any cache backend error means the cache is unusable
        state["cache"] = "unavailable"
    status = 200 if state["database"] == "ok" else 503
    return JsonResponse(
        {"status": "ok" if status == 200 else "unavailable", **state}, status=status
    )


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        *(f"Disallow: /{code}/partner/" for code, _name in settings.LANGUAGES),
        "Disallow: /i18n/",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def _error_page(request, status, template, detail):
    """An error as the site's page in the visitor's language, or as JSON under /api/."""
    if request.path.startswith(API_PREFIX):
        return JsonResponse({"detail": detail}, status=status)
    return render(request, template, status=status)


def bad_request(request, exception=None):
    return _error_page(request, 400, "400.html", "Bad Request")


def permission_denied(request, exception=None):
    return _error_page(request, 403, "403.html", "Forbidden")


def page_not_found(request, exception=None):
    return _error_page(request, 404, "404.html", "Not Found")


def server_error(request):
    return _error_page(request, 500, "500.html", "Internal Server Error")


def too_many_requests(request, exception=None):
    """Over a rate limit (django-ratelimit's RATELIMIT_VIEW): 429, in the visitor's language."""
    return _error_page(request, 429, "429.html", "Too Many Requests")
