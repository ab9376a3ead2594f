"""The portal's languages, read from ``settings.LANGUAGES``: no other module spells them out."""

from django.conf import settings
from modeltranslation.utils import build_localized_fieldname


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
