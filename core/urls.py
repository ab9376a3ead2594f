"""Addresses of objects by slug, without running the URL resolver for each one.

A list page links hundreds of objects (the programme: every session, speaker and institution);
``reverse()`` costs about as much as rendering the link itself. :func:`slug_url` reverses a
view once per language (and URL configuration) with a placeholder and puts each slug in its
place, quoted as ``reverse()`` would.
"""

from functools import lru_cache
from urllib.parse import quote

from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.translation import get_language

PLACEHOLDER = "slug-placeholder-0c5e"


@lru_cache(maxsize=256)
def _pattern(viewname, language, script_prefix, urlconf):
    return reverse(viewname, kwargs={"slug": PLACEHOLDER}, urlconf=urlconf)


def slug_url(viewname, slug):
    """``reverse(viewname, kwargs={"slug": slug})``, for views with one ``<slug:slug>``."""
    pattern = _pattern(viewname, get_language(), get_script_prefix(), get_urlconf())
    return pattern.replace(PLACEHOLDER, quote(slug, safe=""), 1)
