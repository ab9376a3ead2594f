from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from universities.admin_mixins import PortalAdminMixin
from universities.models import City, Country, Institution


@admin.register(Country)
class CountryAdmin(PortalAdminMixin, TranslationAdmin):
    list_display = ("name", "code")
    search_fields = ("code", "name_kk", "name_ru", "name_en")


@admin.register(City)
class CityAdmin(PortalAdminMixin, TranslationAdmin):
    list_display = ("name", "region", "country", "latitude", "longitude")
    list_filter = ("country",)
    search_fields = ("name_kk", "name_ru", "name_en", "slug")
    prepopulated_fields = {"slug": ("name_en",)}
    autocomplete_fields = ("country",)


@admin.register(Institution)
class InstitutionAdmin(PortalAdminMixin, TranslationAdmin):
    list_display = ("name", "kind", "country", "city", "status")
    list_filter = ("status", "kind", "country")
    list_select_related = ("country", "city")
    search_fields = ("name_kk", "name_ru", "name_en", "short_name_en", "slug")
    prepopulated_fields = {"slug": ("name_en",)}
    autocomplete_fields = ("country", "city")
