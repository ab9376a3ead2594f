import simple_history
from modeltranslation.translator import TranslationOptions, register

from partners.models import CouncilMeeting, CouncilMembership, PartnerDocument


@register(CouncilMeeting)
class CouncilMeetingTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "decisions")


@register(PartnerDocument)
class PartnerDocumentTranslationOptions(TranslationOptions):
    fields = ("title",)


# History of every change (who, when, old and new values), registered after the translation
# fields exist so that each language is recorded (see STACK-NOTES).
for model in (CouncilMeeting, PartnerDocument, CouncilMembership):
    simple_history.register(model)
