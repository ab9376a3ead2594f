"""The news feed (Atom), one per language: /<lang>/news/feed/."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from events.models import Article

FEED_LENGTH = 20


class NewsFeed(Feed):
    feed_type = Atom1Feed
    title = _("Kazakhstan – Territory of Academic Knowledge: news")
    subtitle = _("News of the forum portal of the Ministry of Science and Higher Education.")

    def link(self):
        return reverse("events:article-list")

    def items(self):
        return Article.objects.published().newest_first()[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_pubdate(self, item):
        return item.published_on

    def item_updateddate(self, item):
        return item.updated_at
