"""The portal's languages, read from ``settings.LANGUAGES``: no other module spells them out."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

# What the portal needs to know of each language of ``settings.LANGUAGES`` beyond its name:
# the Open Graph locale, PostgreSQL's text search configuration (none for Kazakh, so "simple"),
# and the admin's label for a missing translation.
OG_LOCALES = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_US"}
TEXT_SEARCH_CONFIGS = {"kk": "simple", "ru": "russian", "en": "english"}
MISSING_LABELS = {
    "kk": _("Missing Kazakh"),
    "ru": _("Missing Russian"),
    "en": _("Missing English"),
}


def language_codes():
    """The language codes in their configured order (kk, ru, en)."""
    return [code for code, _name in settings.LANGUAGES]


def localized(field, code):
    """The column of ``field`` in language ``code``: ``localized("title", "kk")`` → ``title_kk``."""
    return build_localized_fieldname(field, code)


def in_every_language(*fields):
    """Each field's column in every language, field by field: ``title_kk, title_ru, title_en``."""
    return [localized(field, code) for field in fields for code in language_codes()]


def fallback_order(language):
    """``language`` first, then the configured fallbacks (kk → ru → en)."""
    order = [language]
    order += [code for code in settings.MODELTRANSLATION_FALLBACK_LANGUAGES if code not in order]
    return order


# The note after a text shown from another language, in the reader's language.
FALLBACK_NOTES = {
    "kk": _("(in Kazakh)"),
    "ru": _("(in Russian)"),
    "en": _("(in English)"),
}
