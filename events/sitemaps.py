"""Sitemap sections of the events pages, for the project's /sitemap.xml (every language)."""

from core.sitemaps import NamedPagesSitemap, PublishedSitemap
from events.models import Article, Forum, Session, Speaker


class ForumSitemap(PublishedSitemap):
    model = Forum


class ProgrammeSitemap(ForumSitemap):
    def location(self, obj):
        return obj.get_programme_url()


class SessionSitemap(PublishedSitemap):
    model = Session


class SpeakerSitemap(PublishedSitemap):
    model = Speaker


class ArticleSitemap(PublishedSitemap):
    model = Article


class ListPagesSitemap(NamedPagesSitemap):
    url_names = ["events:forum-list", "events:speaker-list", "events:article-list"]


SITEMAPS = {
    "events-lists": ListPagesSitemap,
    "forums": ForumSitemap,
    "programmes": ProgrammeSitemap,
    "sessions": SessionSitemap,
    "speakers": SpeakerSitemap,
    "news": ArticleSitemap,
}
