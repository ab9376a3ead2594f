import json
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.utils import translation

from tests.html import parse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("code", "heading"),
    [("kk", "Бет табылмады"), ("ru", "Страница не найдена"), ("en", "Page not found")],
)
def test_missing_page_is_a_translated_404(client, code, heading):
    response = client.get(f"/{code}/no-such-page/")
    assert response.status_code == 404
    page = parse(response.content)
    assert page.h1 == [heading]
    assert page.html_lang == code


def test_server_error_page_reveals_nothing_internal(client, rf):
    from forum_portal.views import server_error

    request = rf.get("/en/")
    with translation.override("en"):
        response = server_error(request)
    body = response.content.decode()
    assert response.status_code == 500
    assert parse(body).h1 == ["Something went wrong"]
    assert "Traceback" not in body
    assert settings.SECRET_KEY not in body


def test_permission_denied_page_is_translated(rf):
    from forum_portal.views import permission_denied

    with translation.override("ru"):
        response = permission_denied(rf.get("/ru/"))
    assert response.status_code == 403
    assert parse(response.content).h1 == ["Доступ запрещён"]


def test_accessibility_statement_is_linked_from_every_page(client):
    page = parse(client.get("/kk/").content)
    assert ("/kk/accessibility/", "Қолжетімділік туралы мәлімдеме") in [
        (href, text) for href, text, _ in page.links
    ]


def test_robots_txt_keeps_crawlers_out_of_private_areas(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode().splitlines() == [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /kk/partner/",
        "Disallow: /ru/partner/",
        "Disallow: /en/partner/",
        "Disallow: /i18n/",
        "",
        "Sitemap: http://testserver/sitemap.xml",
    ]


def test_health_check_reports_database_and_cache(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


def _healthz_in_subprocess(**env):
    """Ask /healthz of a portal process configured by ``env`` (a real, separate Django, with the
    test run's own settings otherwise: see pyproject's pytest ``env``)."""
    code = (
        "import django, json; django.setup();"
        "from django.test import Client;"
        "r = Client().get('/healthz');"
        "print(json.dumps({'status': r.status_code, 'body': r.json()}))"
    )
    environment = {**os.environ, **env}
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=environment,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_health_check_is_503_when_the_database_is_unreachable():
    result = _healthz_in_subprocess(
        DATABASE_URL="postgres://postgres@127.0.0.1:9/unreachable?connect_timeout=2",
        DJANGO_ALLOWED_HOSTS="testserver",
    )
    assert result == {
        "status": 503,
        "body": {"status": "unavailable", "database": "unavailable", "cache": "ok"},
    }


def test_health_check_reports_an_unreachable_cache():
    result = _healthz_in_subprocess(
        CACHE_URL="redis://127.0.0.1:9/0", DJANGO_ALLOWED_HOSTS="testserver"
    )
    assert result == {
        "status": 200,
        "body": {"status": "ok", "database": "ok", "cache": "unavailable"},
    }


def test_health_check_uses_the_redis_cache_named_by_cache_url(redis_url):
    result = _healthz_in_subprocess(CACHE_URL=redis_url, DJANGO_ALLOWED_HOSTS="testserver")
    assert result == {"status": 200, "body": {"status": "ok", "database": "ok", "cache": "ok"}}
