"""What every open data endpoint shares: translated texts, links, pagination and errors."""

from typing import Any

from django.utils import translation
from ninja import Field, Schema
from pydantic import create_model

from core.languages import language_codes, localized

MAX_LIMIT = 100


class Text(Schema):
    """A translated text in each of the portal's languages; null where it is not written yet."""

    kk: str | None
    ru: str | None
    en: str | None


class Error(Schema):
    detail: str


class ValidationError(Schema):
    detail: list[dict[str, Any]]


ERRORS = {404: Error, 422: ValidationError}


class PageParams(Schema):
    limit: int = Field(20, ge=1, le=MAX_LIMIT, description=f"How many items (1–{MAX_LIMIT}).")
    offset: int = Field(0, ge=0, le=1_000_000, description="How many items to skip.")


class PageBase(Schema):
    count: int
    limit: int
    offset: int


def page_of(item_schema):
    """The schema of one page of ``item_schema`` items."""
    return create_model(
        f"{item_schema.__name__}Page", __base__=PageBase, results=(list[item_schema], ...)
    )


def paginate(queryset, params, serialize):
    """One page of an ordered queryset, each item turned into a dict by ``serialize``."""
    items = queryset[params.offset : params.offset + params.limit]
    return {
        "count": queryset.count(),
        "limit": params.limit,
        "offset": params.offset,
        "results": [serialize(item) for item in items],
    }


def translated(obj, field):
    """``{"kk": obj.field_kk, "ru": …, "en": …}`` with empty texts as null."""
    return {code: getattr(obj, localized(field, code)) or None for code in language_codes()}


def web_pages(request, obj):
    """The object's public page in each language, as absolute addresses."""
    pages = {}
    for code in language_codes():
        with translation.override(code):
            pages[code] = request.build_absolute_uri(obj.get_absolute_url())
    return pages


def file_url(request, field_file):
    return request.build_absolute_uri(field_file.url) if field_file else None


def reference(obj, name_field="name"):
    """A short pointer to a related object: its id, slug and translated name."""
    return {"id": obj.pk, "slug": obj.slug, name_field: translated(obj, name_field)}


def public_or_none(obj):
    """A related publishable object only while it is published (else the API hides it)."""
    return obj if obj is not None and obj.is_public else None
