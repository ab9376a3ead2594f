"""/sitemap.xml: an index of every app's sections; each lists its pages in all three languages
with hreflang alternates (``xhtml:link``) and, for content, the date it last changed."""

from django.conf import settings

from events.sitemaps import SITEMAPS as EVENTS_SITEMAPS
from partners.sitemaps import SITEMAPS as PARTNERS_SITEMAPS
from universities.sitemaps import SITEMAPS as UNIVERSITIES_SITEMAPS
from universities.sitemaps import NamedPagesSitemap


class PortalPagesSitemap(NamedPagesSitemap):
    url_names = ["home", "accessibility"]


class DefaultLanguageXDefault:
    """Django's x-default drops the default language's prefix (``/news/x/``); every URL here
    carries one, and the pages' own ``hreflang="x-default"`` names the Kazakh page: so does
    the sitemap."""

    def get_urls(self, *args, **kwargs):
        urls = super().get_urls(*args, **kwargs)
        for url in urls:
            alternates = {alt["lang_code"]: alt for alt in url.get("alternates", [])}
            if "x-default" in alternates and settings.LANGUAGE_CODE in alternates:
                alternates["x-default"]["location"] = alternates[settings.LANGUAGE_CODE]["location"]
        return urls


SITEMAPS = {
    name: type(section.__name__, (DefaultLanguageXDefault, section), {})
    for name, section in {
        "pages": PortalPagesSitemap,
        **EVENTS_SITEMAPS,
        **UNIVERSITIES_SITEMAPS,
        **PARTNERS_SITEMAPS,
    }.items()
}
