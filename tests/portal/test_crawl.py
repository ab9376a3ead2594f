"""Follow every internal link from the three home pages; every page must be sound, and one
page of each kind must pass the W3C Nu HTML checker.

Pages added by later issues are covered for free, with the demo content loaded.
"""

from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest
from django.conf import settings
from django.test import Client
from django.urls import Resolver404, resolve
from django.utils import translation

from tests.html import parse
from tests.seo.meta import document_title, read_meta

MAX_PAGES = 600
# The API and its documentation are tested in tests/api (they are not site pages).
SKIP_PREFIXES = ("/static/", "/media/", "/admin/", "/api/")
HTML_TYPES = ("text/html",)
# The search page, and every result it links to, in each language.
SEARCHES = ["/kk/search/?q=Nurbek", "/ru/search/?q=Coventry", "/en/search/?q=Ломоносова"]


def _internal(href, base):
    if not href or href.startswith(("mailto:", "tel:", "#", "javascript:")):
        return None
    url = urljoin(base, href)
    parts = urlsplit(url)
    if parts.netloc and parts.netloc != "testserver":
        return None
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    return None if path.startswith(SKIP_PREFIXES) else path


@pytest.fixture(scope="module")
def crawl(demo_database, django_db_blocker):
    """Every page reachable from the home pages and the searches, with the shared demo:
    ``(problems, titles, pages)``, pages being ``{url: (view name, html)}``. Read-only."""
    with django_db_blocker.unblock():
        return _crawl(Client())


def _crawl(client):
    queue = deque(["/kk/", "/ru/", "/en/", *SEARCHES])
    seen = set(queue)
    problems = []
    titles = {}  # canonical URL → title (a filtered or paginated list shares its canonical)
    pages = {}
    while queue and len(pages) < MAX_PAGES:
        url = queue.popleft()
        response = client.get(url, follow=True)
        final = response.request["PATH_INFO"]
        pages[url] = (_view_name(final), response.content)
        if response.status_code >= 400:
            problems.append(f"{url}: HTTP {response.status_code}")
            continue
        if not response["Content-Type"].startswith(HTML_TYPES):
            continue
        page = parse(response.content)
        if len(page.h1) != 1:
            problems.append(f"{url}: {len(page.h1)} <h1> elements")
        if not page.title:
            problems.append(f"{url}: no <title>")
        if set(page.hreflang) != {"kk", "ru", "en", "x-default"}:
            problems.append(f"{url}: hreflang set is {sorted(page.hreflang)}")
        titles.setdefault(page.canonical, document_title(response.content))
        problems += _search_engine_problems(url, response.content)
        for href, _text, _attrs in page.links:
            target = _internal(href, f"http://testserver{final}")
            if target and target not in seen:
                seen.add(target)
                queue.append(target)
    # The error page a visitor meets is a page too (for the HTML check only).
    not_found = client.get("/en/no-such-page/")
    pages["/en/no-such-page/"] = ("404", not_found.content)
    html_pages = {
        url: page for url, page in pages.items() if page[1].lstrip().startswith(b"<!DOCTYPE")
    }
    return problems, titles, html_pages


def _view_name(path):
    """The kind of page: the name of the view that answers it."""
    prefix = path.split("/")[1]
    language = prefix if prefix in dict(settings.LANGUAGES) else None
    with translation.override(language):
        try:
            return resolve(path).view_name
        except Resolver404:
            return "404"


def test_every_linked_page_answers_and_is_well_formed(crawl, demo):
    problems, titles, pages = crawl
    assert problems == []
    assert len(pages) >= 6
    pages_by_title = {}
    for canonical, title in titles.items():
        pages_by_title.setdefault(title, []).append(canonical)
    assert {title: urls for title, urls in pages_by_title.items() if len(urls) > 1} == {}


def test_one_page_of_each_kind_passes_the_nu_html_checker(nu_html_checker, crawl, demo):
    _problems, _titles, pages = crawl
    first_of_each_kind = {}
    for url, (kind, content) in pages.items():
        first_of_each_kind.setdefault(kind, (url, content))
    assert len(first_of_each_kind) >= 15, sorted(first_of_each_kind)
    assert nu_html_checker(dict(first_of_each_kind.values())) == []


def _search_engine_problems(url, content):
    """A description, the Open Graph basics, and JSON-LD that parses (read_meta parses it)."""
    try:
        meta, _json_ld = read_meta(content)
    except ValueError as error:
        return [f"{url}: JSON-LD does not parse: {error}"]
    missing = [
        key
        for key in ("description", "og:title", "og:description", "og:url", "og:locale")
        if not (meta.get(key) or [""])[0].strip()
    ]
    return [f"{url}: no {', '.join(missing)}"] if missing else []
