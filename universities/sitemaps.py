"""Sitemap sections of the registry's public pages, for the project's /sitemap.xml."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from universities.models import BranchCampus, Institution


class PublishedSitemap(Sitemap):
    """Every published object of a model, in every language, with its alternates."""

    i18n = True
    alternates = True
    x_default = True
    model = None

    def items(self):
        return self.model.objects.published().order_by("pk")

    def lastmod(self, obj):
        return obj.updated_at


class InstitutionSitemap(PublishedSitemap):
    model = Institution


class CampusSitemap(PublishedSitemap):
    model = BranchCampus


class NamedPagesSitemap(Sitemap):
    """Pages without an object of their own, by URL name."""

    i18n = True
    alternates = True
    x_default = True
    url_names = []

    def items(self):
        return self.url_names

    def location(self, item):
        return reverse(item)


class CampusPagesSitemap(NamedPagesSitemap):
    url_names = ["universities:campus-list", "universities:campus-statistics"]


SITEMAPS = {
    "campus-pages": CampusPagesSitemap,
    "institutions": InstitutionSitemap,
    "campuses": CampusSitemap,
}
