"""The open data API: read-only JSON of everything the public site shows, in every language.

Served under /api/ with its OpenAPI schema (/api/openapi.json) and interactive docs (/api/docs),
whose scripts and styles come from django-ninja's own static files (no CDN) and which works
under the portal's strict Content Security Policy unchanged (tests/browser/test_api_docs.py)."""

from ninja import NinjaAPI

from forum_portal.api import directory, programme

api = NinjaAPI(
    title="Kazakhstan – Territory of Academic Knowledge: open data",
    version="1",
    description=(
        "Read-only data of the forum portal of the Ministry of Science and Higher Education of "
        "the Republic of Kazakhstan. Every text is given in Kazakh (kk), Russian (ru) and "
        "English (en); a text not yet written in a language is null. Only published content. "
        "Lists are paginated with `limit` and `offset`. Responses carry an ETag (send "
        "If-None-Match to get 304 Not Modified) and may be read from any origin (CORS)."
    ),
    urls_namespace="api",
)
api.add_router("/", programme.router)
api.add_router("/", directory.router)
