"""The home page shows the current or next forum, its key figures and the latest news."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import ArticleFactory, ForumFactory, KeyFigureFactory
from tests.html import parse

pytestmark = pytest.mark.django_db


def test_home_shows_the_next_forum_its_figures_and_the_latest_news(client):
    ForumFactory(
        title_en="Past forum",
        start_date=datetime.date(2024, 10, 17),
        end_date=datetime.date(2024, 10, 18),
    )
    upcoming = ForumFactory(
        slug="next",
        title_en="Next forum",
        start_date=datetime.date(2099, 10, 1),
        end_date=datetime.date(2099, 10, 2),
    )
    KeyFigureFactory(forum=upcoming, value_en="40", label_en="branch campuses")
    articles = [
        ArticleFactory(publish_at=timezone.now() - datetime.timedelta(days=d)) for d in range(1, 6)
    ]

    response = client.get("/en/")
    page = parse(response.content)
    text = response.content.decode()
    links = [(h, t) for h, t, _a in page.links]

    assert ("/en/forums/next/", "Next forum") in links
    assert "Past forum" not in text
    assert "<strong>40</strong> branch campuses" in text
    assert ("/en/forums/next/programme/", "Programme") in links
    news = [t for h, t in links if h.startswith("/en/news/article-")]
    assert news == [a.title_en for a in articles[:3]]


def test_home_without_forums_or_news_still_renders(client):
    response = client.get("/ru/")
    assert parse(response.content).h1 == ["Казахстан – территория академических знаний"]
    assert "Последние новости" not in response.content.decode()


def test_main_navigation_has_the_events_entries(client):
    page = parse(client.get("/kk/").content)
    nav = [(h, t) for h, t, _a in page.links if h in {
        "/kk/forums/", "/kk/programme/", "/kk/speakers/", "/kk/news/"}]  # fmt: skip
    assert nav[:4] == [
        ("/kk/forums/", "Форумдар"),
        ("/kk/programme/", "Бағдарлама"),
        ("/kk/speakers/", "Спикерлер"),
        ("/kk/news/", "Жаңалықтар"),
    ]
