from django.contrib import admin
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import BadRequest
from import_export.admin import ImportExportMixin
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from core.admin_mixins import PortalAdminMixin, TextOnlyInlineMixin
from core.languages import in_every_language
from universities.models import BranchCampus, City, Country, Institution, Programme
from universities.resources import BranchCampusResource, InstitutionResource


class PortalImportExportMixin(ImportExportMixin):
    """Import creates and changes rows: only for those who may add and change them (not
    translators, who edit texts only)."""

    def has_import_permission(self, request):
        return self.has_add_permission(request) and self.has_change_permission(request)

    def get_export_queryset(self, request):
        """The list's filters apply to the export; a filter the list would refuse (the
        changelist answers it with ``?e=1``) is a bad request here, not a 500."""
        try:
            return super().get_export_queryset(request)
        except IncorrectLookupParameters as error:
            raise BadRequest(str(error)) from error


@admin.register(Country)
class CountryAdmin(PortalAdminMixin, TranslationAdmin):
    list_display = ("name", "code")
    search_fields = ("code", *in_every_language("name"))


@admin.register(City)
class CityAdmin(PortalAdminMixin, TranslationAdmin):
    list_display = ("name", "region", "country", "latitude", "longitude")
    list_filter = ("country",)
    search_fields = (*in_every_language("name"), "slug")
    prepopulated_fields = {"slug": ("name_en",)}
    autocomplete_fields = ("country",)


@admin.register(Institution)
class InstitutionAdmin(PortalImportExportMixin, PortalAdminMixin, TranslationAdmin):
    resource_classes = [InstitutionResource]
    list_display = ("name", "kind", "country", "city", "status")
    list_filter = ("status", "kind", "country")
    list_select_related = ("country", "city")
    search_fields = (*in_every_language("name"), "short_name_en", "slug")
    prepopulated_fields = {"slug": ("name_en",)}
    autocomplete_fields = ("country", "city")


class ProgrammeInline(TextOnlyInlineMixin, TranslationTabularInline):
    model = Programme
    fields = ("title", "level", "field", "language", "order")
    extra = 0


@admin.register(BranchCampus)
class BranchCampusAdmin(PortalImportExportMixin, PortalAdminMixin, TranslationAdmin):
    resource_classes = [BranchCampusResource]
    list_display = (
        "name",
        "parent",
        "country",
        "city",
        "kind",
        "campus_status",
        "year_opened",
        "status",
    )
    list_filter = ("status", "campus_status", "kind", "country", "city", "confidence")
    list_select_related = ("parent", "country", "city")
    search_fields = (*in_every_language("name"), "slug", "parent__name_en", "parent__name_ru")
    prepopulated_fields = {"slug": ("name_en",)}
    autocomplete_fields = ("parent", "country", "city", "host_partner")
    inlines = [ProgrammeInline]
    fields = (
        "name",
        "slug",
        "parent",
        "country",
        "kind",
        "campus_status",
        "city",
        "host_partner",
        "partner_note",
        "year_opened",
        "first_campus_abroad",
        "website",
        "description",
        "programmes_summary",
        "notes",
        "source_urls",
        "confidence",
        "status",
        "publish_at",
    )
