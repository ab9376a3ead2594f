"""Admin behaviour shared by every content model: roles, publication state, translation gaps."""

from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from core.languages import MISSING_LABELS, in_every_language, language_codes
from core.publishing import PublishableModel, publish
from core.translation_status import missing_language_q, missing_languages, translated_fields


class MissingTranslationFilter(admin.SimpleListFilter):
    title = _("translation")
    parameter_name = "missing_language"

    def lookups(self, request, model_admin):
        return [(code, MISSING_LABELS[code]) for code in language_codes()]

    def queryset(self, request, queryset):
        if self.value() in language_codes():
            return queryset.filter(missing_language_q(queryset.model, self.value()))
        return queryset


def non_text_fields(model):
    """The editable fields of ``model`` that are not its translated texts (slug, links,
    relations, order, state…): what a Translator may not change."""
    translated = translated_fields(model)
    texts = set(in_every_language(*translated))
    return [
        field.name
        for field in (*model._meta.fields, *model._meta.many_to_many)
        if field.editable
        and not field.primary_key
        and field.name not in texts
        and field.name not in translated
    ]


class TextOnlyInlineMixin:
    """Mix into every inline: users who may not add its rows (translators) edit only their
    texts; every other field (a material's address, the speaker of a participation, the
    order…) is read-only for them, whatever the request posts."""

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if not self.has_add_permission(request, obj):
            readonly += non_text_fields(self.model)
        return list(dict.fromkeys(readonly))


@admin.action(description=_("Publish selected"), permissions=["publish"])
def publish_selected(modeladmin, request, queryset):
    count = publish(queryset, user=request.user, status=PublishableModel.Status.PUBLISHED)
    modeladmin.message_user(request, _("Published: %(count)d.") % {"count": count})


@admin.action(description=_("Unpublish selected (back to draft)"), permissions=["publish"])
def unpublish_selected(modeladmin, request, queryset):
    count = publish(queryset, user=request.user, status=PublishableModel.Status.DRAFT)
    modeladmin.message_user(request, _("Back to draft: %(count)d.") % {"count": count})


class PortalAdminMixin(SimpleHistoryAdmin):
    """Mix into every content ModelAdmin (before TranslationAdmin).

    - Every change is recorded (django-simple-history): the History page lists who changed
      which fields from what to what, and any earlier version can be restored from there.

    - Adds the "missing Kazakh / Russian / English" filter and a per-row translations column.
    - Publication state and time are read-only without the ``publish_<model>`` permission;
      the publish and unpublish actions are offered only with it (Django checks
      ``has_publish_permission`` for actions declared with ``permissions=["publish"]``).
    - Users who may change but not add (translators) edit only the texts of existing objects,
      in the form, in the list (``list_editable`` keeps only the fields they may change) and
      in the inlines (``TextOnlyInlineMixin``).
    - Only those who may add, change and publish may revert to an earlier version: a revert
      saves every field, status, publish time and slug included. Translators read the history.
    """

    actions = [publish_selected, unpublish_selected]

    def has_publish_permission(self, request):
        """Only publishable models can be published, and only with ``publish_<model>``."""
        if not issubclass(self.model, PublishableModel):
            return False
        opts = self.model._meta
        return request.user.has_perm(f"{opts.app_label}.publish_{opts.model_name}")

    def get_list_filter(self, request):
        filters = list(super().get_list_filter(request))
        if translated_fields(self.model):
            filters.append(MissingTranslationFilter)
        return filters

    def get_list_display(self, request):
        display = [
            "publication_state" if name == "status" else name
            for name in super().get_list_display(request)
        ]
        if translated_fields(self.model):
            display.append("translation_state")
        return display

    @admin.display(description=_("publication state"), ordering="status")
    def publication_state(self, obj):
        """The state as the public sees it: draft, scheduled for a time, or published."""
        if obj.status == PublishableModel.Status.DRAFT:
            return _("Draft")
        if not obj.is_public:
            when = date_format(timezone.localtime(obj.publish_at), "SHORT_DATETIME_FORMAT")
            return format_html("{} {}", _("Scheduled for"), when)
        return _("Published")

    @admin.display(description=_("Translations"))
    def translation_state(self, obj):
        missing = set(missing_languages(obj))
        return format_html_join(
            " ",
            '<span class="translation-state translation-state--{}" title="{}">{} {}</span>',
            (
                (
                    "missing" if code in missing else "complete",
                    MISSING_LABELS[code] if code in missing else _("Complete"),
                    code.upper(),
                    "✗" if code in missing else "✓",
                )
                for code in language_codes()
            ),
        )

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if issubclass(self.model, PublishableModel) and not self.has_publish_permission(request):
            readonly += ["status", "publish_at"]
        if obj is not None and not self.has_add_permission(request):
            readonly += non_text_fields(self.model)
        return list(dict.fromkeys(readonly))

    def get_changelist_instance(self, request):
        """List editing offers only the fields the user may change on an existing object."""
        changelist = super().get_changelist_instance(request)
        readonly = set(self.get_readonly_fields(request, obj=self.model()))
        changelist.list_editable = [f for f in changelist.list_editable if f not in readonly]
        return changelist

    def get_prepopulated_fields(self, request, obj=None):
        readonly = set(self.get_readonly_fields(request, obj))
        return {
            field: sources
            for field, sources in super().get_prepopulated_fields(request, obj).items()
            if field not in readonly
        }

    def may_revert(self, request, obj=None):
        """Reverting saves every field: it needs the add and change permission, and the
        publish permission on publishable models."""
        return (
            self.has_add_permission(request)
            and self.has_change_permission(request, obj)
            and (
                not issubclass(self.model, PublishableModel) or self.has_publish_permission(request)
            )
        )

    def has_change_history_permission(self, request, obj=None):
        return self.may_revert(request, obj)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """An earlier version's page (the revert form) only for those who may revert; the
        history list, with every change of every field, stays open to the others."""
        if not self.may_revert(request):
            raise PermissionDenied
        self._valid_id_or_404(object_id)
        if not str(version_id).isdigit():
            raise Http404
        return super().history_form_view(request, object_id, version_id, extra_context)

    def history_view(self, request, object_id, extra_context=None):
        self._valid_id_or_404(object_id)
        return super().history_view(request, object_id, extra_context)

    def _valid_id_or_404(self, object_id):
        """simple-history looks ids up as given: one that is not an id would be a 500."""
        try:
            self.model._meta.pk.to_python(unquote(object_id))
        except ValidationError as error:
            raise Http404 from error
