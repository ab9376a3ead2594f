from modeltranslation.translator import TranslationOptions, register

from universities.models import BranchCampus, City, Country, Institution, Programme


@register(Country)
class CountryTranslationOptions(TranslationOptions):
    fields = ("name",)


@register(City)
class CityTranslationOptions(TranslationOptions):
    fields = ("name", "region")


@register(Institution)
class InstitutionTranslationOptions(TranslationOptions):
    fields = ("name", "short_name", "description", "logo_alt")


@register(BranchCampus)
class BranchCampusTranslationOptions(TranslationOptions):
    fields = ("name", "partner_note", "description", "programmes_summary", "notes")


@register(Programme)
class ProgrammeTranslationOptions(TranslationOptions):
    fields = ("title",)
