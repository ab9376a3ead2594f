"""Follow every internal link from the three home pages; every page must be sound.

Pages added by later issues are covered for free, with the demo content loaded.
"""

from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest
from django.core.management import call_command

from tests.html import parse
from tests.seo.meta import document_title, read_meta

MAX_PAGES = 600
# The API and its documentation are tested in tests/api (they are not site pages).
SKIP_PREFIXES = ("/static/", "/media/", "/admin/", "/api/")
HTML_TYPES = ("text/html",)
# The search page, and every result it links to, in each language.
SEARCHES = ["/kk/search/?q=Nurbek", "/ru/search/?q=Coventry", "/en/search/?q=Ломоносова"]


@pytest.fixture
def demo(db):
    call_command("load_demo", verbosity=0)


def _internal(href, base):
    if not href or href.startswith(("mailto:", "tel:", "#", "javascript:")):
        return None
    url = urljoin(base, href)
    parts = urlsplit(url)
    if parts.netloc and parts.netloc != "testserver":
        return None
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    return None if path.startswith(SKIP_PREFIXES) else path


def test_every_linked_page_answers_and_is_well_formed(client, demo):
    queue = deque(["/kk/", "/ru/", "/en/", *SEARCHES])
    seen = set(queue)
    problems = []
    titles = {}  # canonical URL → title (a filtered or paginated list shares its canonical)
    visited = 0
    while queue and visited < MAX_PAGES:
        url = queue.popleft()
        visited += 1
        response = client.get(url, follow=True)
        if response.status_code >= 400:
            problems.append(f"{url}: HTTP {response.status_code}")
            continue
        if not response["Content-Type"].startswith(HTML_TYPES):
            continue
        page = parse(response.content)
        final = response.request["PATH_INFO"]
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
    assert problems == []
    assert visited >= 6
    pages_by_title = {}
    for canonical, title in titles.items():
        pages_by_title.setdefault(title, []).append(canonical)
    assert {title: urls for title, urls in pages_by_title.items() if len(urls) > 1} == {}


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
