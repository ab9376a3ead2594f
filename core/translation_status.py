"""Which translations are missing: per object, per model, as a queryset filter.

Used by the admin (list filter, list column, the translation status page). A translated text is
missing in a language when a required field is empty there, or an optional field is filled in
another language but not in this one.
"""

import operator
from functools import reduce

from django.db.models import Q
from modeltranslation.translator import NotRegistered, translator

from core.languages import language_codes, localized


def translated_fields(model):
    try:
        return sorted(translator.get_options_for_model(model).fields)
    except NotRegistered:
        return []


def _empty(field, code):
    name = localized(field, code)
    return Q(**{name: ""}) | Q(**{f"{name}__isnull": True})


def missing_language_q(model, code):
    """A Q matching the objects of ``model`` that lack any text in language ``code``."""
    gaps = []
    for field in translated_fields(model):
        gap = _empty(field, code)
        if model._meta.get_field(field).blank:  # optional: a gap only if filled elsewhere
            others = [~_empty(field, other) for other in language_codes() if other != code]
            gap &= reduce(operator.or_, others)
        gaps.append(gap)
    return reduce(operator.or_, gaps, Q(pk__in=[])) if not gaps else reduce(operator.or_, gaps)


def missing_languages(obj):
    """The language codes in which ``obj`` lacks some text (computed without a query)."""
    missing = []
    fields = translated_fields(type(obj))
    for code in language_codes():
        for field in fields:
            value = getattr(obj, localized(field, code))
            if value:
                continue
            required = not type(obj)._meta.get_field(field).blank
            others = [
                getattr(obj, localized(field, other)) for other in language_codes() if other != code
            ]
            if required or any(others):
                missing.append(code)
                break
    return missing
