"""Sitemap sections for /sitemap.xml: each page in every language, with hreflang alternates
(``xhtml:link``) and an x-default; content pages also with the time they last changed.

An app lists its sections in ``<app>/sitemaps.py`` from these two bases; the project's
``forum_portal/sitemaps.py`` gathers them.
"""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class PortalSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True

    def get_urls(self, *args, **kwargs):
        """Django's x-default drops the default language's prefix (``/news/x/``); every URL
        here carries one, and the pages' own ``hreflang="x-default"`` names the default
        language's page: so does the sitemap."""
        urls = super().get_urls(*args, **kwargs)
        for url in urls:
            alternates = {alt["lang_code"]: alt for alt in url.get("alternates", [])}
            if "x-default" in alternates and settings.LANGUAGE_CODE in alternates:
                alternates["x-default"]["location"] = alternates[settings.LANGUAGE_CODE]["location"]
        return urls


class PublishedSitemap(PortalSitemap):
    """Every published object of ``model`` (its ``get_absolute_url``, or override
    ``location``), dated by its ``updated_at``."""

    model = None

    def items(self):
        return self.model.objects.published().order_by("pk")

    def lastmod(self, obj):
        return obj.updated_at


class NamedPagesSitemap(PortalSitemap):
    """Pages without an object of their own (lists, statistics), by URL name."""

    url_names = []

    def items(self):
        return self.url_names

    def location(self, item):
        return reverse(item)
