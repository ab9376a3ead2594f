"""Sitemap section of the partners' public page (the Council), for /sitemap.xml."""

from core.sitemaps import NamedPagesSitemap


class CouncilSitemap(NamedPagesSitemap):
    url_names = ["partners:council"]


SITEMAPS = {"council": CouncilSitemap}
