"""What every response says about itself: security headers, a bad Host, NUL bytes, API errors."""

import logging
import runpy

import pytest

from tests.html import parse

NUL_URLS = [
    "/api/news?forum=%00",
    "/api/speakers?forum=%00",
    "/api/sessions?forum=%00",
    "/api/sessions?topic=%00",
    "/api/institutions/%00",
    "/api/news/%00",
    "/api/forums/a%00b",
    "/api/campuses?country=%00",
]


@pytest.mark.django_db
@pytest.mark.parametrize("url", NUL_URLS)
def test_a_nul_byte_in_an_api_slug_or_filter_is_a_json_error_not_a_500(client, url):
    """Finding 5 (a 500 on PostgreSQL): in a path it is no such object, in a filter invalid."""
    response = client.get(url)
    assert response.status_code == (404 if "?" not in url else 422)
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["detail"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "status", "heading"),
    [
        ("/en/search/?q=%00", 200, "Search"),
        ("/en/campuses/?country=%00&q=%00x", 200, "Foreign branch campuses in Kazakhstan"),
        ("/en/news/a%00b/", 404, "Page not found"),
    ],
)
def test_a_nul_byte_on_a_site_page_is_ignored_or_not_found(client, url, status, heading):
    """In a filter it is ignored like any value the filter rejects; in a path, no page."""
    response = client.get(url)
    assert (response.status_code, parse(response.content).h1) == (status, [heading])


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/api/no-such-endpoint", 404),
        ("/api/news/no-such-article", 404),
        ("/api/news?limit=abc", 422),
        ("/api/news?limit=100000", 422),
    ],
)
def test_api_errors_are_always_json(client, url, status):
    response = client.get(url)
    assert response.status_code == status
    assert response["Content-Type"].startswith("application/json")
    assert "detail" in response.json()


@pytest.mark.django_db
def test_a_bad_host_header_gets_the_400_page_and_one_line_in_the_log(client, caplog):
    """Finding 4: the 400 page asked for the host again (a 500, three tracebacks logged)."""
    with caplog.at_level(logging.INFO):
        response = client.get("/en/", HTTP_HOST="attacker.example")
    page = parse(response.content)
    assert (response.status_code, page.h1, page.canonical) == (400, ["Bad request"], None)
    assert "attacker.example" not in response.content.decode()
    logged = [(r.name, r.exc_info) for r in caplog.records if r.levelno >= logging.WARNING]
    assert logged == [("django.security.DisallowedHost", None)]


# --- Security headers on every kind of response ---

PAGES = [
    "/en/",  # home
    "/kk/forums/",  # a list
    "/ru/campuses/",  # the directory
    "/en/search/?q=university",  # search
    "/en/council/",
    "/en/partner/login/",
    "/en/no-such-page/",  # an error page
    "/admin/login/",
    "/admin/",  # a redirect to the login
    "/api/docs",
    "/api/openapi.json",
    "/api/news",
    "/api/news/%00",  # an API error
    "/robots.txt",
    "/sitemap.xml",
    "/healthz",
]


@pytest.fixture
def https_settings(settings, monkeypatch):
    """The settings forum_portal/settings.py derives for production: DJANGO_HTTPS on."""
    monkeypatch.setenv("DJANGO_HTTPS", "1")
    derived = runpy.run_path(str(settings.BASE_DIR / "forum_portal" / "settings.py"))
    for name, value in derived.items():
        if name.startswith(("SECURE_", "PERMISSIONS_POLICY", "CONTENT_SECURITY_POLICY")):
            setattr(settings, name, value)
    settings.X_FRAME_OPTIONS = derived["X_FRAME_OPTIONS"]
    settings.MIDDLEWARE = derived["MIDDLEWARE"]
    return settings


@pytest.mark.django_db
@pytest.mark.parametrize("url", PAGES)
def test_every_kind_of_response_carries_the_security_headers(client, https_settings, url):
    response = client.get(url, secure=True)
    assert response.status_code < 500
    csp = response["Content-Security-Policy"]
    assert "'unsafe-inline'" not in csp and "'unsafe-eval'" not in csp
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "object-src 'none'" in csp
    headers = {
        name: response.get(name)
        for name in (
            "Strict-Transport-Security",
            "X-Content-Type-Options",
            "Referrer-Policy",
            "Cross-Origin-Opener-Policy",
            "X-Frame-Options",
        )
    }
    assert headers == {
        "Strict-Transport-Security": "max-age=31536000; includeSubDomains; preload",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "same-origin",
        "Cross-Origin-Opener-Policy": "same-origin",
        "X-Frame-Options": "DENY",
    }
    policy = dict(item.strip().split("=", 1) for item in response["Permissions-Policy"].split(","))
    assert policy["camera"] == policy["microphone"] == policy["geolocation"] == "()"
    assert policy["publickey-credentials-get"] == "(self)"


@pytest.mark.django_db
def test_plain_http_is_sent_to_https_in_production(client, https_settings):
    response = client.get("/en/")
    assert (response.status_code, response["Location"]) == (301, "https://testserver/en/")
