"""/sitemap.xml: an index of every app's sections; each lists its pages in all three languages
with hreflang alternates (``xhtml:link``) and, for content, the date it last changed
(``core.sitemaps``)."""

from core.sitemaps import NamedPagesSitemap
from events.sitemaps import SITEMAPS as EVENTS_SITEMAPS
from partners.sitemaps import SITEMAPS as PARTNERS_SITEMAPS
from universities.sitemaps import SITEMAPS as UNIVERSITIES_SITEMAPS


class PortalPagesSitemap(NamedPagesSitemap):
    url_names = ["home", "accessibility"]


SITEMAPS = {
    "pages": PortalPagesSitemap,
    **EVENTS_SITEMAPS,
    **UNIVERSITIES_SITEMAPS,
    **PARTNERS_SITEMAPS,
}
