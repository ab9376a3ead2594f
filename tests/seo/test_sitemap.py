"""/sitemap.xml: every public page in three languages, with hreflang alternates and dates."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest

from tests.factories import ArticleFactory, InstitutionFactory

pytestmark = pytest.mark.django_db

NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}


def sitemap_urls(client):
    """Every <url> of every section listed by the index: (loc, lastmod, {hreflang: href})."""
    index = ET.fromstring(client.get("/sitemap.xml").content)
    urls = []
    for section in index.findall("sm:sitemap/sm:loc", NS):
        response = client.get(urlsplit(section.text).path)
        assert response.status_code == 200, section.text
        for url in ET.fromstring(response.content).findall("sm:url", NS):
            alternates = {
                link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)
            }
            lastmod = url.find("sm:lastmod", NS)
            urls.append(
                (url.find("sm:loc", NS).text, None if lastmod is None else lastmod.text, alternates)
            )
    return urls


def test_the_sitemap_lists_each_page_in_every_language_with_its_alternates(client):
    ArticleFactory(slug="hello", title_en="Hello")
    ArticleFactory(slug="draft", status="draft")
    InstitutionFactory(slug="coventry-university")
    urls = {loc: (lastmod, alternates) for loc, lastmod, alternates in sitemap_urls(client)}
    for code in ("kk", "ru", "en"):
        assert f"http://testserver/{code}/news/hello/" in urls
        assert f"http://testserver/{code}/institutions/coventry-university/" in urls
        assert f"http://testserver/{code}/council/" in urls
        assert f"http://testserver/{code}/campuses/" in urls
        assert f"http://testserver/{code}/" in urls
    assert not [loc for loc in urls if "/draft/" in loc]
    lastmod, alternates = urls["http://testserver/ru/news/hello/"]
    assert alternates == {
        "kk": "http://testserver/kk/news/hello/",
        "ru": "http://testserver/ru/news/hello/",
        "en": "http://testserver/en/news/hello/",
        "x-default": "http://testserver/kk/news/hello/",
    }
    assert lastmod is not None and lastmod[:4].isdigit()


def test_every_url_in_the_sitemap_answers(client, demo):
    urls = sitemap_urls(client)
    assert len(urls) > 100
    failures = []
    for loc, _lastmod, _alternates in urls:
        response = client.get(urlsplit(loc).path)
        if response.status_code != 200:
            failures.append((loc, response.status_code))
    assert failures == []
    assert not [loc for loc, *_ in urls if "/partner/" in loc]


def test_robots_txt_points_to_the_sitemap(client):
    lines = client.get("/robots.txt").content.decode().splitlines()
    assert lines[-1] == "Sitemap: http://testserver/sitemap.xml"
    assert client.get("/sitemap.xml")["Content-Type"] == "application/xml"


def test_named_pages_have_their_alternates_and_no_date(client):
    urls = {loc: (lastmod, alternates) for loc, lastmod, alternates in sitemap_urls(client)}
    assert urls["http://testserver/en/council/"] == (
        None,
        {
            "kk": "http://testserver/kk/council/",
            "ru": "http://testserver/ru/council/",
            "en": "http://testserver/en/council/",
            "x-default": "http://testserver/kk/council/",
        },
    )
