"""The events sections of the sitemap list public pages only, in every language."""

import pytest
from django.contrib.sites.requests import RequestSite

from events.sitemaps import SITEMAPS
from tests.factories import ArticleFactory, ForumFactory, SessionFactory, SpeakerFactory

pytestmark = pytest.mark.django_db


def test_sitemaps_list_published_pages_in_three_languages(rf):
    forum = ForumFactory(slug="ii")
    SessionFactory(forum=forum, slug="plenary")
    SessionFactory(forum=ForumFactory(status="draft"), slug="hidden")
    SpeakerFactory(slug="nurbek")
    SpeakerFactory(slug="draft", status="draft")
    ArticleFactory(slug="news")
    site = RequestSite(rf.get("/"))

    locations = {
        name: sorted({url["location"] for url in sitemap().get_urls(site=site, protocol="https")})
        for name, sitemap in SITEMAPS.items()
    }

    def each_language(path):
        return [f"https://testserver/{code}/{path}" for code in ("en", "kk", "ru")]

    assert locations["forums"] == each_language("forums/ii/")
    assert locations["programmes"] == each_language("forums/ii/programme/")
    assert locations["sessions"] == each_language("sessions/plenary/")
    assert locations["speakers"] == each_language("speakers/nurbek/")
    assert locations["news"] == each_language("news/news/")
    assert len(locations["events-lists"]) == 9
