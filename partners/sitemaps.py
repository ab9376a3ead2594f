"""Sitemap section of the partners' public page (the Council), for /sitemap.xml."""

from universities.sitemaps import NamedPagesSitemap


class CouncilSitemap(NamedPagesSitemap):
    url_names = ["partners:council"]


SITEMAPS = {"council": CouncilSitemap}
