"""The Atom news feed, one per language."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.mark.parametrize(
    ("language", "title", "feed_title"),
    [
        ("kk", "Жаңалық", "Қазақстан – академиялық білім аймағы: жаңалықтар"),
        ("ru", "Новость", "Казахстан – территория академических знаний: новости"),
        ("en", "News", "Kazakhstan – Territory of Academic Knowledge: news"),
    ],
)
def test_feed_in_each_language_lists_published_news_newest_first(
    client, language, title, feed_title
):
    ArticleFactory(
        slug="old",
        title_kk="Жаңалық 1",
        title_ru="Новость 1",
        title_en="News 1",
        publish_at=timezone.now() - datetime.timedelta(days=3),
    )
    ArticleFactory(
        slug="new",
        title_kk="Жаңалық 2",
        title_ru="Новость 2",
        title_en="News 2",
        publish_at=timezone.now() - datetime.timedelta(days=1),
    )
    ArticleFactory(status="draft", title_en="Draft")
    ArticleFactory(publish_at=timezone.now() + datetime.timedelta(days=1), title_en="Future")

    response = client.get(f"/{language}/news/feed/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == language
    assert feed.find(f"{ATOM}title").text == feed_title
    entries = feed.findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}title").text for e in entries] == [f"{title} 2", f"{title} 1"]
    assert [e.find(f"{ATOM}link").get("href") for e in entries] == [
        f"http://testserver/{language}/news/new/",
        f"http://testserver/{language}/news/old/",
    ]  # fmt: skip


def test_news_page_advertises_the_feed(client):
    text = client.get("/ru/news/").content.decode()
    assert 'type="application/atom+xml"' in text
    assert 'href="/ru/news/feed/"' in text
