from django.contrib import admin
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from core.admin_mixins import PortalAdminMixin, TextOnlyInlineMixin
from core.languages import in_every_language
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


class EventsAdmin(PortalAdminMixin, TranslationAdmin):
    def response_action(self, request, queryset):
        # The shared publish action locks rows (SELECT … FOR UPDATE), which PostgreSQL refuses
        # on the nullable side of the outer joins that list_select_related adds. An action
        # needs no joins.
        return super().response_action(request, queryset.select_related(None))


NAME_SEARCH = (*in_every_language("name"), "slug")
TITLE_SEARCH = (*in_every_language("title"), "slug")


class KeyFigureInline(TextOnlyInlineMixin, TranslationTabularInline):
    model = KeyFigure
    extra = 0
    fields = ("value", "label", "order", "source_url")


@admin.register(Forum)
class ForumAdmin(EventsAdmin):
    list_display = ("title", "number", "start_date", "end_date", "city", "status")
    list_filter = ("status",)
    list_select_related = ("city",)
    search_fields = TITLE_SEARCH
    prepopulated_fields = {"slug": ("title_en",)}
    autocomplete_fields = ("city",)
    date_hierarchy = "start_date"
    inlines = [KeyFigureInline]


@admin.register(Topic)
class TopicAdmin(EventsAdmin):
    list_display = ("name", "slug", "colour", "order")
    list_editable = ("order",)
    search_fields = NAME_SEARCH
    prepopulated_fields = {"slug": ("name_en",)}


@admin.register(Hall)
class HallAdmin(EventsAdmin):
    list_display = ("name", "institution", "address")
    list_select_related = ("institution",)
    search_fields = NAME_SEARCH
    prepopulated_fields = {"slug": ("name_en",)}
    autocomplete_fields = ("institution",)


class ParticipationInline(TextOnlyInlineMixin, TranslationTabularInline):
    model = Participation
    extra = 1
    fields = (
        "speaker",
        "role",
        "order",
        "position",
        "affiliation",
        "affiliation_text",
        "source_url",
    )
    autocomplete_fields = ("speaker", "affiliation")


class SessionMaterialInline(TextOnlyInlineMixin, TranslationTabularInline):
    model = SessionMaterial
    extra = 0
    fields = ("kind", "title", "url", "order")


@admin.register(Session)
class SessionAdmin(EventsAdmin):
    list_display = ("title", "forum", "kind", "day", "start_time", "end_time", "hall", "status")
    list_filter = ("status", "forum", "kind", "day", "hall", "topics")
    list_select_related = ("forum", "hall")
    search_fields = (
        *TITLE_SEARCH,
        *in_every_language("participations__speaker__name"),
    )
    prepopulated_fields = {"slug": ("title_en",)}
    autocomplete_fields = ("forum", "hall", "topics")
    inlines = [ParticipationInline, SessionMaterialInline]
    list_per_page = 50


@admin.register(Speaker)
class SpeakerAdmin(EventsAdmin):
    list_display = ("name", "position", "affiliation", "country", "status")
    list_filter = ("status", "country", "participations__session__forum")
    list_select_related = ("affiliation", "country")
    search_fields = (
        *NAME_SEARCH,
        *in_every_language("position"),
        "affiliation__name_en",
        "affiliation_text_en",
    )
    prepopulated_fields = {"slug": ("name_en",)}
    autocomplete_fields = ("affiliation", "country")
    list_per_page = 50


@admin.register(Article)
class ArticleAdmin(EventsAdmin):
    list_display = ("title", "forum", "publish_at", "status")
    list_filter = ("status", "forum")
    list_select_related = ("forum",)
    search_fields = (*TITLE_SEARCH, *in_every_language("lead"))
    prepopulated_fields = {"slug": ("title_en",)}
    autocomplete_fields = ("forum",)
    date_hierarchy = "publish_at"
