"""The page cache: whole pages for anonymous visitors, invalidated exactly, in the configured cache.

**What is cached.** A GET (or HEAD) from a visitor without a session or messages cookie and
without ``Authorization``, answered 200, not streamed, setting no cookie (a page with a form
token sets the CSRF cookie, so it is never kept) and not marked private or ``no-store`` by its
view. The key is the path with its query, the language, the compression the client accepts
(br, gzip or none, which the compression middleware below then applies) and the content
*generation*. Logged-in staff and partners carry a session cookie and always get a fresh page.

**Exact invalidation.** The generation is one value in the shared cache, replaced whenever a
row of public content is written: every INSERT, UPDATE, DELETE or TRUNCATE that Django sends to
a content table (all tables except those of ``PAGE_CACHE_IGNORED_APPS`` and the change
history) replaces it, whoever sent it: the admin, a service, a management command, a bulk
update or the ORM shell. Inside a transaction it is replaced again when the transaction
commits, so no other app server can keep a page rendered before the commit. A page kept under
an older generation is never read again and ages out (Redis with ``maxmemory`` and
``allkeys-lru``; the per-process memory cache by ``MAX_ENTRIES``).

**Scheduled publishing.** A page is also kept no longer than the next moment something
publishes itself (the earliest future ``publish_at`` of a published row of any
:class:`~core.publishing.PublishableModel`) or the day changes (what is "current or next"
depends on the date), so it appears at its time without a cron job.

**HTTP.** Kept pages say ``Cache-Control: public, max-age=0, s-maxage=…,
stale-while-revalidate=…`` (a proxy or CDN may keep them briefly; browsers revalidate with the
ETag or ``Last-Modified``), every other answer without its own ``Cache-Control`` says
``private, no-store``.
"""

import re
import time
from datetime import datetime, timedelta
from hashlib import sha256

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.backends.signals import connection_created
from django.db.models import Min
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.http import http_date

GENERATION_KEY = "page-cache:generation"
WRITE = re.compile(
    r"^\s*(?:(?:INSERT|REPLACE)(?:\s+OR\s+\w+)?\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM"
    r'|TRUNCATE)\s+(?:TABLE\s+)?(?:ONLY\s+)?"?(\w+)"?',
    re.IGNORECASE,
)
DEFAULT_IGNORED_APPS = ("admin", "auth", "axes", "contenttypes", "sessions")
DEFAULT_EXCLUDED_PATHS = ("/admin/", "/healthz", "/robots.txt", "/i18n/")


def setting(name, default):
    return getattr(settings, f"PAGE_CACHE_{name}", default)


# --- the generation ---------------------------------------------------------------------------


def current_generation():
    generation = cache.get(GENERATION_KEY)
    return generation if generation is not None else new_generation()


def new_generation():
    """Replace the generation: every page kept so far is out of date."""
    generation = f"{time.time_ns():x}"
    cache.set(GENERATION_KEY, generation, None)
    return generation


_content_tables = None


def content_tables():
    global _content_tables
    if _content_tables is None:
        ignored = set(setting("IGNORED_APPS", DEFAULT_IGNORED_APPS))
        _content_tables = {
            model._meta.db_table.lower()
            for model in apps.get_models(include_auto_created=True)
            if model._meta.app_label not in ignored and not hasattr(model, "instance_type")
        }
    return _content_tables


def writes_content(sql):
    match = WRITE.match(sql)
    if match is None:
        return False
    return sql.lstrip()[:8].upper() == "TRUNCATE" or match.group(1).lower() in content_tables()


def watch_writes(execute, sql, params, many, context):
    """A database execute wrapper: a write to a content table replaces the generation at once
    and, inside a transaction, once more when it commits."""
    result = execute(sql, params, many, context)
    if sql[:1] in "IUDRTiudrt " and writes_content(sql):
        new_generation()
        connection = context["connection"]
        if connection.in_atomic_block and not any(
            entry[1] is new_generation for entry in connection.run_on_commit
        ):
            transaction.on_commit(new_generation, using=connection.alias)
    return result


def install_write_watcher(sender, connection, **kwargs):
    if watch_writes not in connection.execute_wrappers:
        connection.execute_wrappers.append(watch_writes)


def connect():
    """Called once from ``CoreConfig.ready``: watch every database connection's writes."""
    from django.db import connections

    connection_created.connect(install_write_watcher, dispatch_uid="page-cache-writes")
    for connection in connections.all(initialized_only=True):
        install_write_watcher(None, connection)


# --- when kept pages stop being true by themselves ------------------------------------------


def next_change(now):
    """The earliest moment after ``now`` when a published row publishes itself, or the next
    local midnight, whichever comes first."""
    from core.publishing import PublishableModel

    local = timezone.localtime(now)
    tomorrow = datetime.combine(local.date() + timedelta(days=1), datetime.min.time())
    midnight = timezone.make_aware(tomorrow)
    pending = [
        model._default_manager.filter(status=PublishableModel.Status.PUBLISHED, publish_at__gt=now)
        .order_by()
        .values("status")
        .annotate(next=Min("publish_at"))
        .values_list("next", flat=True)
        for model in apps.get_models()
        if issubclass(model, PublishableModel)
    ]
    moments = [midnight]
    if pending:  # one query for every publishable model
        moments += [moment for moment in pending[0].union(*pending[1:], all=True) if moment]
    return min(moments).timestamp()


def valid_until(generation, now):
    """When pages of this generation rendered now stop being true (see :func:`next_change`);
    computed once per generation and shared through the cache."""
    key = f"page-cache:until:{generation}"
    until = cache.get(key)
    if until is None or until <= now.timestamp():
        until = next_change(now)
        cache.set(key, until, setting("SECONDS", 600))
    return until


# --- the middleware ---------------------------------------------------------------------------


def accepted_encoding(request):
    """The compression the client gets: br, gzip or none (the part of the key that the
    compression middleware below reads)."""
    accepted = request.META.get("HTTP_ACCEPT_ENCODING", "")[:200].lower()
    codes = {part.split(";")[0].strip() for part in accepted.split(",") if "q=0" not in part}
    return "br" if "br" in codes else "gzip" if "gzip" in codes else ""


def may_use_cache(request):
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
        and not request.path.startswith(setting("EXCLUDED_PATHS", DEFAULT_EXCLUDED_PATHS))
    )


def may_keep(request, response):
    control = response.get("Cache-Control", "").lower()
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not any(word in control for word in ("private", "no-store", "no-cache"))
        and len(response.content) <= setting("MAX_BYTES", 2_000_000)
    )


def page_key(request, generation):
    address = sha256(request.get_full_path().encode()).hexdigest()[:32]
    return f"page-cache:{generation}:{request.LANGUAGE_CODE}:{accepted_encoding(request)}:{address}"


def public_headers(response, until, now):
    """Let a proxy keep the page briefly, never past ``until``; browsers revalidate."""
    shared = max(0, min(setting("S_MAXAGE", 30), int(until - now.timestamp())))
    stale = setting("STALE_WHILE_REVALIDATE", 30) if shared else 0
    response["Cache-Control"] = (
        f"public, max-age=0, s-maxage={shared}, stale-while-revalidate={stale}"
    )
    patch_vary_headers(response, ("Cookie", "Accept-Language"))


class PageCacheMiddleware:
    """Place after LocaleMiddleware (it reads the language) and before the compression
    middleware (so that kept pages are compressed once)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        encoding = accepted_encoding(request)
        request.META["HTTP_ACCEPT_ENCODING"] = encoding
        if not setting("ENABLED", True) or not may_use_cache(request):
            return self.private(self.get_response(request))
        now = timezone.now()
        generation = current_generation()
        key = page_key(request, generation)
        kept = cache.get(key)
        if kept is not None and kept["until"] > now.timestamp():
            return self.from_kept(kept, now)
        response = self.get_response(request)
        if not may_keep(request, response):
            return self.private(response)
        until = valid_until(generation, now)
        response["Last-Modified"] = http_date(now.timestamp())
        public_headers(response, until, now)
        kept = {
            "until": until,
            "status": response.status_code,
            "headers": list(response.items()),
            "content": response.content,
        }
        timeout = max(1, min(setting("SECONDS", 600), int(until - now.timestamp())))
        cache.set(key, kept, timeout)
        return response

    @staticmethod
    def from_kept(kept, now):
        response = HttpResponse(kept["content"], status=kept["status"])
        for header, value in kept["headers"]:
            response[header] = value
        public_headers(response, kept["until"], now)
        return response

    @staticmethod
    def private(response):
        if not response.has_header("Cache-Control"):
            response["Cache-Control"] = "private, no-store"
        return response
