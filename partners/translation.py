from modeltranslation.translator import TranslationOptions, register

from partners.models import CouncilMeeting, PartnerDocument


@register(CouncilMeeting)
class CouncilMeetingTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "decisions")


@register(PartnerDocument)
class PartnerDocumentTranslationOptions(TranslationOptions):
    fields = ("title",)
