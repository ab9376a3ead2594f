"""Markup the W3C Nu HTML checker found wrong (tests/portal/test_crawl.py runs it on every kind of
page); these keep the fixes without Java."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest

from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

ALMATY = ZoneInfo("Asia/Almaty")


def test_article_dates_are_machine_readable_to_the_second(client):
    """Django's "c" format wrote microseconds; HTML allows at most three digits of fraction."""
    published = datetime.datetime(2025, 10, 29, 18, 13, 48, 656095, tzinfo=ALMATY)
    article = ArticleFactory(slug="hello", publish_at=published)
    expected = '<time datetime="2025-10-29T18:13:48+05:00">29 October 2025</time>'
    assert expected in client.get(f"/en/news/{article.slug}/").text
    assert expected in client.get("/en/news/").text
    assert expected in client.get("/en/").text


def test_news_headings_do_not_skip_a_level(client):
    """On the news page the cards follow the <h1>; on the home page, its "Latest news" <h2>."""
    ArticleFactory(title_en="Forum news")
    news = client.get("/en/news/").text
    home = client.get("/en/").text
    assert re.findall(r"<h(\d)>", news.split("<main", 1)[1]) == ["1", "2"]
    assert '<h2><a href="/en/news/article-' in news
    assert '<h3><a href="/en/news/article-' in home
