"""Open data of the registry: institutions and the directory of branch campuses."""

import datetime
from enum import Enum

from django.conf import settings
from django.shortcuts import get_object_or_404
from django.utils import translation
from ninja import Field, Query, Router

from forum_portal.api.common import (
    ERRORS,
    FileUrl,
    Out,
    Page,
    PageParams,
    PublicOrNull,
    Text,
    page_of,
)
from universities.filters import CampusFilterSet
from universities.models import BranchCampus, Institution, Programme

router = Router(tags=["Registry of institutions and branch campuses"])


def choices_enum(name, choices):
    return Enum(name, {value: value for value, _label in choices}, type=str)


InstitutionKind = choices_enum("InstitutionKind", Institution.Kind.choices)
CampusKind = choices_enum("CampusKind", BranchCampus.Kind.choices)
CampusStatus = choices_enum("CampusStatus", BranchCampus.CampusStatus.choices)
Level = choices_enum("Level", Programme.Level.choices)
StudyField = choices_enum("StudyField", Programme.Field.choices)


class CountryOut(Out):
    code: str
    name: Text


class CityOut(Out):
    slug: str
    name: Text
    region: Text
    country: str = Field(alias="country.code", description="ISO 3166 code of the city's country.")
    latitude: float | None
    longitude: float | None


class InstitutionRef(Out):
    id: int
    slug: str
    name: Text


class InstitutionOut(Out):
    id: int
    slug: str
    kind: InstitutionKind
    name: Text
    short_name: Text
    description: Text = Field(description="Sanitised HTML.")
    country: CountryOut | None
    city: CityOut | None
    website: str
    logo: FileUrl
    logo_alt: Text
    web_page: Text
    updated_at: datetime.datetime


class ProgrammeOut(Out):
    title: Text
    level: Level
    field: StudyField
    language: str


class CampusOut(Out):
    id: int
    slug: str
    name: Text
    kind: CampusKind
    status: CampusStatus = Field(alias="campus_status")
    parent: PublicOrNull[InstitutionRef]
    country: CountryOut
    city: CityOut | None
    host_partner: PublicOrNull[InstitutionRef]
    partner_note: Text
    year_opened: int | None
    first_campus_abroad: bool
    website: str
    description: Text = Field(description="Sanitised HTML.")
    programmes_summary: Text
    notes: Text
    sources: list[str]
    confidence: str
    programmes: list[ProgrammeOut]
    web_page: Text
    updated_at: datetime.datetime


def institutions():
    return Institution.objects.published().select_related("country", "city__country")


def campuses():
    return (
        BranchCampus.objects.published()
        .with_related()
        .select_related("city__country", "parent", "host_partner")
    )


class InstitutionFilters(PageParams):
    kind: InstitutionKind | None = None
    country: str | None = Field(None, max_length=2, description="ISO 3166 code, e.g. GB.")


@router.get("/institutions", response={200: page_of(InstitutionOut), **ERRORS})
def list_institutions(request, filters: Query[InstitutionFilters]):
    """Published institutions (universities, agencies, organisations), by name."""
    queryset = institutions().order_by("slug", "pk")
    if filters.kind:
        queryset = queryset.filter(kind=filters.kind.value)
    if filters.country:
        queryset = queryset.filter(country__code=filters.country.upper())
    return Page(queryset, filters)


@router.get("/institutions/{slug}", response={200: InstitutionOut, **ERRORS})
def get_institution(request, slug: str):
    return get_object_or_404(institutions(), slug=slug)


class CampusFilters(PageParams):
    """The directory's own filters (the campus list page uses the same code)."""

    q: str | None = Field(None, max_length=200, description="Words in a name, city or programme.")
    country: str | None = Field(None, max_length=2, description="Country of origin (ISO code).")
    city: str | None = Field(None, max_length=80, description="Host city's slug.")
    kind: CampusKind | None = None
    status: CampusStatus | None = None
    level: Level | None = Field(None, description="Has a programme at this level.")
    field: StudyField | None = Field(None, description="Has a programme in this ISCED-F field.")


def filtered_campuses(filters):
    """The campuses the directory page would list for the same filters, in its name order.

    A country or city that no published campus has matches nothing (the page, for humans,
    ignores it instead)."""
    values = {
        "q": filters.q,
        "country": (filters.country or "").upper(),
        "city": filters.city,
        "kind": filters.kind and filters.kind.value,
        "campus_status": filters.status and filters.status.value,
        "level": filters.level and filters.level.value,
        "field": filters.field and filters.field.value,
    }
    with translation.override(settings.LANGUAGE_CODE):
        filterset = CampusFilterSet(values, queryset=campuses())
        if set(filterset.ignored) & set(CampusFilterSet.FACETS):
            return campuses().none()
        return filterset.qs


@router.get("/campuses", response={200: page_of(CampusOut), **ERRORS})
def list_campuses(request, filters: Query[CampusFilters]):
    """Published branch campuses of foreign universities in Kazakhstan, by Kazakh name."""
    return Page(filtered_campuses(filters), filters)


@router.get("/campuses/{slug}", response={200: CampusOut, **ERRORS})
def get_campus(request, slug: str):
    return get_object_or_404(campuses(), slug=slug)
