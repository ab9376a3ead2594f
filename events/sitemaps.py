"""Sitemap sections of the events pages, for the project's /sitemap.xml (every language)."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from events.models import Article, Forum, Session, Speaker


class EventsSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True

    def lastmod(self, obj):
        return obj.updated_at


class ForumSitemap(EventsSitemap):
    def items(self):
        return Forum.objects.published().order_by("pk")


class ProgrammeSitemap(ForumSitemap):
    def location(self, obj):
        return obj.get_programme_url()


class SessionSitemap(EventsSitemap):
    def items(self):
        return Session.objects.published().order_by("pk")


class SpeakerSitemap(EventsSitemap):
    def items(self):
        return Speaker.objects.published().order_by("pk")


class ArticleSitemap(EventsSitemap):
    def items(self):
        return Article.objects.published().order_by("pk")


class ListPagesSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True

    def items(self):
        return ["events:forum-list", "events:speaker-list", "events:article-list"]

    def location(self, item):
        return reverse(item)


SITEMAPS = {
    "events-lists": ListPagesSitemap,
    "forums": ForumSitemap,
    "programmes": ProgrammeSitemap,
    "sessions": SessionSitemap,
    "speakers": SpeakerSitemap,
    "news": ArticleSitemap,
}
