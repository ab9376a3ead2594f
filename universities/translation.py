import simple_history
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


# History of every change (who, when, old and new values), registered after the translation
# fields exist so that each language is recorded (see STACK-NOTES).
for model in (Country, City, Institution, BranchCampus, Programme):
    simple_history.register(model)
