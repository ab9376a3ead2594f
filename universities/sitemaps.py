"""Sitemap sections of the registry's public pages, for the project's /sitemap.xml."""

from core.sitemaps import NamedPagesSitemap, PublishedSitemap
from universities.models import BranchCampus, Institution


class InstitutionSitemap(PublishedSitemap):
    model = Institution


class CampusSitemap(PublishedSitemap):
    model = BranchCampus


class CampusPagesSitemap(NamedPagesSitemap):
    url_names = ["universities:campus-list", "universities:campus-statistics"]


SITEMAPS = {
    "campus-pages": CampusPagesSitemap,
    "institutions": InstitutionSitemap,
    "campuses": CampusSitemap,
}
