"""The portal's languages, read from ``settings.LANGUAGES``: no other module spells them out."""

from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

# What the portal needs to know of each language of ``settings.LANGUAGES`` beyond its name:
# the Open Graph locale, PostgreSQL's text search configuration (none for Kazakh, so "simple"),
# and the admin's action that marks a translation reviewed.
OG_LOCALES = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_US"}
TEXT_SEARCH_CONFIGS = {"kk": "simple", "ru": "russian", "en": "english"}
REVIEW_ACTION_LABELS = {
    "kk": _("Mark the Kazakh texts reviewed"),
    "ru": _("Mark the Russian texts reviewed"),
    "en": _("Mark the English texts reviewed"),
}

# Languages in which a noun stays singular after a numeral: Kazakh «3 сессия», not «3 сессиялар».
SINGULAR_AFTER_NUMERAL = {"kk"}


def counted(count, singular, plural, language=None):
    """A count and its noun as ``language`` (the active one by default) writes them:
    ``counted(3, "сессия", "сессиялар", "kk")`` → «3 сессия»; in English "3 sessions"."""
    language = language or get_language()
    noun = singular if count == 1 or language in SINGULAR_AFTER_NUMERAL else plural
    return f"{count} {noun}"


def language_codes():
    """The language codes in their configured order (kk, ru, en)."""
    return [code for code, _name in settings.LANGUAGES]


def language_name(code):
    """The language's name from ``settings.LANGUAGES``, in the active language."""
    return dict(settings.LANGUAGES)[code]


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
