import simple_history
from modeltranslation.translator import TranslationOptions, register

from events.models import (
    Article,
    Forum,
    Hall,
    KeyFigure,
    Participation,
    Session,
    SessionMaterial,
    Speaker,
    Topic,
)


@register(Forum)
class ForumTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "description", "venue", "hero_image_alt")


@register(KeyFigure)
class KeyFigureTranslationOptions(TranslationOptions):
    fields = ("value", "label")


@register(Topic)
class TopicTranslationOptions(TranslationOptions):
    fields = ("name",)


@register(Hall)
class HallTranslationOptions(TranslationOptions):
    fields = ("name", "address")


@register(Session)
class SessionTranslationOptions(TranslationOptions):
    fields = ("title", "description")


@register(SessionMaterial)
class SessionMaterialTranslationOptions(TranslationOptions):
    fields = ("title",)


@register(Speaker)
class SpeakerTranslationOptions(TranslationOptions):
    fields = ("name", "position", "affiliation_text", "biography", "photo_alt")


@register(Participation)
class ParticipationTranslationOptions(TranslationOptions):
    fields = ("position", "affiliation_text")


@register(Article)
class ArticleTranslationOptions(TranslationOptions):
    fields = ("title", "lead", "body", "image_alt", "image_caption")


# History of every change (who, when, old and new values), registered after the translation
# fields exist so that each language is recorded (see STACK-NOTES).
for model in (
    Forum,
    KeyFigure,
    Topic,
    Hall,
    Session,
    SessionMaterial,
    Speaker,
    Participation,
    Article,
):
    simple_history.register(model)
