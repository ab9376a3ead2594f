"""News articles and press releases."""

from django.db import models
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from core.images import SafeImageField
from core.publishing import PublishableModel, PublishableQuerySet
from core.richtext import RichTextField
from core.urls import slug_url
from events.models.common import source_url_field
from events.models.forums import Forum


class ArticleQuerySet(PublishableQuerySet):
    def newest_first(self):
        return self.order_by(Coalesce("publish_at", "created_at").desc(), "-pk")

    def about_forum(self, forum):
        return self.filter(forum=forum)


class Article(PublishableModel):
    """A news item or press release; its date is its publish time."""

    slug = models.SlugField(_("slug"), max_length=150, unique=True)
    title = models.CharField(_("title"), max_length=255)
    lead = models.TextField(_("lead"), blank=True, help_text=_("One or two sentences."))
    body = RichTextField(_("body"), blank=True)
    image = SafeImageField(_("image"), upload_to="news/", blank=True)
    image_alt = models.CharField(
        _("image text alternative"),
        max_length=255,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    image_caption = models.CharField(_("image caption"), max_length=255, blank=True)
    forum = models.ForeignKey(
        Forum,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name=_("forum"),
    )
    source_url = source_url_field()

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-publish_at", "-created_at"]
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return slug_url("events:article-detail", self.slug)

    @property
    def published_on(self):
        return self.publish_at or self.created_at
