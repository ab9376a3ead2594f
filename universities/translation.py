from modeltranslation.translator import TranslationOptions, register

from universities.models import City, Country, Institution


@register(Country)
class CountryTranslationOptions(TranslationOptions):
    fields = ("name",)


@register(City)
class CityTranslationOptions(TranslationOptions):
    fields = ("name", "region")


@register(Institution)
class InstitutionTranslationOptions(TranslationOptions):
    fields = ("name", "short_name", "description", "logo_alt")
