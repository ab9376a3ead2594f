"""The API over HTTP: ETags and 304s, CORS for reading, fixed query counts, the docs page."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import (
    ArticleFactory,
    BranchCampusFactory,
    ForumFactory,
    InstitutionFactory,
    KeyFigureFactory,
    ParticipationFactory,
    ProgrammeFactory,
    SessionFactory,
    SpeakerFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


def test_etag_and_if_none_match_gives_304(client):
    ForumFactory(slug="ii")
    first = client.get("/api/forums")
    etag = first["ETag"]
    assert re.fullmatch(r'"[0-9a-f]{32}"', etag)
    again = client.get("/api/forums", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag
    ForumFactory(slug="iii")
    changed = client.get("/api/forums", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed["ETag"] != etag


def test_any_origin_may_read(client):
    response = client.get("/api/forums", HTTP_ORIGIN="https://example.org")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Access-Control-Expose-Headers"] == "ETag"
    preflight = client.options(
        "/api/forums",
        HTTP_ORIGIN="https://example.org",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="if-none-match",
    )
    # django-cors-headers answers a preflight with 200 (browsers accept any 2xx).
    assert (preflight.status_code, preflight.content) == (200, b"")
    assert preflight["Access-Control-Allow-Origin"] == "*"
    assert preflight["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    assert preflight["Access-Control-Allow-Headers"] == (
        "Accept, Accept-Language, If-None-Match, Content-Type"
    )
    assert preflight["Access-Control-Max-Age"] == "86400"


def test_writing_is_not_allowed_and_cors_stays_off_the_site(client):
    assert client.post("/api/forums").status_code == 405
    assert not client.post("/api/forums").has_header("Access-Control-Allow-Origin")
    site = client.get("/en/forums/", HTTP_ORIGIN="https://example.org")
    assert site.status_code == 200
    assert not site.has_header("Access-Control-Allow-Origin")
    preflight = client.options(
        "/en/forums/",
        HTTP_ORIGIN="https://example.org",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert not preflight.has_header("Access-Control-Allow-Origin")


def make_rows(n):
    forum = ForumFactory()
    KeyFigureFactory.create_batch(2, forum=forum)
    topics = TopicFactory.create_batch(2)
    for _ in range(n):
        session = SessionFactory(forum=forum)
        session.topics.set(topics)
        ParticipationFactory(session=session, affiliation=InstitutionFactory())
        SpeakerFactory(affiliation=InstitutionFactory())
        ArticleFactory(forum=forum)
        campus = BranchCampusFactory(host_partner=InstitutionFactory())
        ProgrammeFactory.create_batch(2, campus=campus)


ENDPOINTS = [
    "/api/forums?limit=100",
    "/api/sessions?limit=100",
    "/api/speakers?limit=100",
    "/api/institutions?limit=100",
    "/api/campuses?limit=100",
    "/api/news?limit=100",
]


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("url", ENDPOINTS)
def test_fixed_number_of_queries_whatever_the_data_size(client, url):
    make_rows(3)
    few = count_queries(client, url)
    make_rows(40)
    assert count_queries(client, url) == few


EXPECTED_QUERIES = {
    "/api/forums?limit=100": 3,  # page, count, key figures
    "/api/sessions?limit=100": 4,  # page, count, topics, participations
    "/api/speakers?limit=100": 3,  # page, count, participations
    "/api/institutions?limit=100": 2,  # page, count
    "/api/campuses?limit=100": 5,  # filter choices (countries, cities), page, count, programmes
    "/api/news?limit=100": 2,  # page, count
}


@pytest.mark.parametrize(("url", "expected"), EXPECTED_QUERIES.items())
def test_query_counts(client, settings, url, expected):
    # The view's own queries; the page cache adds one per change of content (test_page_cache).
    settings.PAGE_CACHE_ENABLED = False
    make_rows(2)
    assert count_queries(client, url) == expected


def test_docs_load_only_the_portals_own_files(client):
    response = client.get("/api/docs")
    html = response.content.decode()
    assert response.status_code == 200
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert sorted(assets) == [
        "/static/ninja/favicon.png",
        "/static/ninja/favicon.svg",
        "/static/ninja/swagger-ui-bundle.js",
        "/static/ninja/swagger-ui-init.js",
        "/static/ninja/swagger-ui.css",
    ]
    csp = response["Content-Security-Policy"]
    assert "script-src 'self';" in csp + ";"
    assert "style-src 'self';" in csp + ";"
    assert client.get("/static/ninja/swagger-ui-bundle.js").status_code == 200


def test_the_schema_lists_every_endpoint(client):
    schema = client.get("/api/openapi.json").json()
    assert sorted(schema["paths"]) == [
        "/api/campuses",
        "/api/campuses/{slug}",
        "/api/forums",
        "/api/forums/{slug}",
        "/api/institutions",
        "/api/institutions/{slug}",
        "/api/news",
        "/api/news/{slug}",
        "/api/sessions",
        "/api/sessions/{slug}",
        "/api/speakers",
        "/api/speakers/{slug}",
    ]
    assert set(schema["paths"]["/api/campuses"]["get"]["responses"]) == {"200", "404", "422"}
