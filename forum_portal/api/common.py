"""What every open data endpoint shares: the schema base that reads model objects, translated
texts, links, pagination and errors.

The schemas are the one description of each answer: an endpoint returns model objects (or a
``Page`` of them) and ninja serialises them through the schema, reading each field from the
object's attribute of the same name, from ``Field(alias="dotted.path")`` or from a
``resolve_<field>`` static method."""

from functools import partial
from typing import Annotated, Any, TypeVar

from django.utils import translation
from ninja import Field, Schema
from ninja.schema import Resolver, ResolverMetaclass
from pydantic import BeforeValidator, ValidationInfo, create_model

from core.languages import language_codes, localized

MAX_LIMIT = 100


def per_language(value_in):
    """``{code: value_in(code)}`` for each of the portal's languages, in their order."""
    return {code: value_in(code) for code in language_codes()}


Text = create_model(
    "Text",
    __base__=Schema,
    __doc__=(
        "A translated text in each of the portal's languages; null where it is not written yet."
    ),
    **dict.fromkeys(language_codes(), (str | None, ...)),
)


def translated(obj, field):
    """``obj.field`` in every language (``title_kk``, ``title_ru``, …), empty texts as null."""
    return per_language(lambda code: getattr(obj, localized(field, code)) or None)


def web_pages(obj, request):
    """The object's public page in each language, as absolute addresses."""

    def page_in(code):
        with translation.override(code):
            return request.build_absolute_uri(obj.get_absolute_url())

    return per_language(page_in)


class OutMetaclass(ResolverMetaclass):
    """Resolves each ``Text`` field that has no ``resolve_<field>`` of its own to the model
    field of the same name in every language."""

    def __new__(mcs, name, bases, namespace, **kwargs):
        schema = super().__new__(mcs, name, bases, namespace, **kwargs)
        for field_name, field in schema.model_fields.items():
            if field.annotation is Text and field_name not in schema._ninja_resolvers:
                resolve = partial(translated, field=field_name)
                schema._ninja_resolvers[field_name] = Resolver(staticmethod(resolve))
        return schema


class Out(Schema, metaclass=OutMetaclass):
    """An answer read from a model object; ``web_page`` is the object's page in each language."""

    @staticmethod
    def resolve_web_page(obj, context):
        return web_pages(obj, context["request"])


def absolute_url(url, info: ValidationInfo):
    return info.context["request"].build_absolute_uri(url) if url else None


# An uploaded file's absolute address (ninja reads a file field as its relative URL), or null.
FileUrl = Annotated[str | None, BeforeValidator(absolute_url)]


def public_or_none(obj):
    """A related publishable object only while it is published (else the API hides it)."""
    return obj if obj is not None and obj.is_public else None


PublicSchema = TypeVar("PublicSchema")
# ``PublicOrNull[InstitutionRef]``: the related object while it is published, else null.
PublicOrNull = Annotated[PublicSchema | None, BeforeValidator(public_or_none)]


class Error(Schema):
    detail: str


class ValidationError(Schema):
    detail: list[dict[str, Any]]


ERRORS = {404: Error, 422: ValidationError}


class PageParams(Schema):
    limit: int = Field(20, ge=1, le=MAX_LIMIT, description=f"How many items (1–{MAX_LIMIT}).")
    offset: int = Field(0, ge=0, le=1_000_000, description="How many items to skip.")


class Page:
    """One page of an ordered queryset, as a ``page_of`` schema reads it."""

    def __init__(self, queryset, params):
        self.count = queryset.count()
        self.limit = params.limit
        self.offset = params.offset
        self.results = queryset[params.offset : params.offset + params.limit]


class PageBase(Schema):
    count: int
    limit: int
    offset: int


def page_of(item_schema):
    """The schema of one page of ``item_schema`` items."""
    return create_model(
        f"{item_schema.__name__}Page", __base__=PageBase, results=(list[item_schema], ...)
    )
