"""Admin behaviour shared by every content model: roles, publication state, translation review."""

from django.apps import apps
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.admin.views.main import ChangeList
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.text import capfirst, format_lazy
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from core.languages import REVIEW_ACTION_LABELS, in_every_language, language_codes, language_name
from core.publishing import PublishableModel, publish
from core.translation_status import (
    State,
    language_states,
    mark_reviewed,
    reviews_for,
    state_q,
    translated_fields,
)


class TranslationStateFilter(admin.SimpleListFilter):
    """The state of one language (``language``): missing, draft, out of date or reviewed."""

    language = None

    def lookups(self, request, model_admin):
        return State.choices

    def queryset(self, request, queryset):
        if self.value() in State.values:
            return queryset.filter(state_q(queryset.model, self.language, self.value()))
        return queryset


def translation_state_filters():
    """One filter per language, ``?translation_kk=draft``, titled "translation · KK"."""
    return [
        type(
            f"TranslationStateFilter_{code}",
            (TranslationStateFilter,),
            {
                "language": code,
                "parameter_name": f"translation_{code}",
                "title": format_lazy("{} · {}", _("translation"), code.upper()),
            },
        )
        for code in language_codes()
    ]


def _review_action(code):
    def action(modeladmin, request, queryset):
        modeladmin.mark_reviewed(request, list(queryset), code)

    action.__name__ = f"mark_reviewed_{code}"
    return admin.action(description=REVIEW_ACTION_LABELS[code], permissions=["review"])(action)


class TranslationChangeList(ChangeList):
    """Loads the translation reviews of the page's rows in one query."""

    def get_results(self, request):
        super().get_results(request)
        if not translated_fields(self.model):
            return
        reviews = reviews_for(self.result_list)
        for obj in self.result_list:
            obj.translation_reviews = reviews


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


def _without_lines(items, prefixes):
    """The nested list of the delete confirmation without the lines starting with a prefix."""
    kept = []
    for item in items:
        if isinstance(item, list):
            item = _without_lines(item, prefixes)
            if item:
                kept.append(item)
        elif not str(item).startswith(prefixes):
            kept.append(item)
    return kept


class PortalAdminMixin(SimpleHistoryAdmin):
    """Mix into every content ModelAdmin (before TranslationAdmin).

    - Every change is recorded (django-simple-history): the History page lists who changed
      which fields from what to what, and any earlier version can be restored from there.

    - Adds a translation state filter per language (missing, draft, out of date, reviewed;
      ``core.translation_status``), a per-row translations column, and on the change form a
      review panel: the state of each language, by whom and when it was reviewed, and for
      those with ``core.review_translation`` a "mark reviewed when saving" box per language
      (the texts as saved are marked, with those of the inline objects shown on the form).
      The same is an action on the change list.
    - Publication state and time are read-only without the ``publish_<model>`` permission;
      the publish and unpublish actions are offered only with it (Django checks
      ``has_publish_permission`` for actions declared with ``permissions=["publish"]``).
    - Users who may change but not add (translators) edit only the texts of existing objects,
      in the form, in the list (``list_editable`` keeps only the fields they may change) and
      in the inlines (``TextOnlyInlineMixin``).
    - Only those who may add, change and publish may revert to an earlier version: a revert
      saves every field, status, publish time and slug included. Translators read the history.
    """

    actions = [publish_selected, unpublish_selected, *map(_review_action, language_codes())]

    def get_deleted_objects(self, objs, request):
        """What a deletion removes, without the rows of Django's automatic many-to-many tables:
        they only link two objects and have no name in any language ("Session_topics object
        (1)" under "Session-topic relationship")."""
        to_delete, model_count, perms_needed, protected = super().get_deleted_objects(objs, request)
        links = [
            m._meta for m in apps.get_models(include_auto_created=True) if m._meta.auto_created
        ]
        prefixes = tuple(f"{capfirst(opts.verbose_name)}: " for opts in links)
        link_names = {str(opts.verbose_name_plural) for opts in links}
        model_count = {name: n for name, n in model_count.items() if str(name) not in link_names}
        return _without_lines(to_delete, prefixes), model_count, perms_needed, protected

    def has_publish_permission(self, request):
        """Only publishable models can be published, and only with ``publish_<model>``."""
        if not issubclass(self.model, PublishableModel):
            return False
        opts = self.model._meta
        return request.user.has_perm(f"{opts.app_label}.publish_{opts.model_name}")

    def get_list_filter(self, request):
        filters = list(super().get_list_filter(request))
        if translated_fields(self.model):
            filters += translation_state_filters()
        return filters

    def get_changelist(self, request, **kwargs):
        return TranslationChangeList

    def has_review_permission(self, request):
        """Marking a language reviewed needs ``core.review_translation`` and the right to
        change the object's texts."""
        return (
            bool(translated_fields(self.model))
            and request.user.has_perm("core.review_translation")
            and self.has_change_permission(request)
        )

    def mark_reviewed(self, request, objects, code):
        marked = mark_reviewed(objects, code, request.user)
        if marked:
            self.message_user(
                request,
                _("Marked reviewed (%(language)s): %(count)d.")
                % {"language": code.upper(), "count": marked},
            )
        if len(objects) > marked:
            self.message_user(
                request,
                _("Not marked, the text is missing (%(language)s): %(count)d.")
                % {"language": code.upper(), "count": len(objects) - marked},
                messages.WARNING,
            )

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

    def _language_states(self, obj):
        reviews = getattr(obj, "translation_reviews", None)
        return language_states(obj, reviews if reviews is not None else reviews_for([obj]))

    @admin.display(description=_("Translations"))
    def translation_state(self, obj):
        return format_html_join(
            " ",
            '<span class="translation-state translation-state--{}" title="{}">{}: {}</span>',
            (
                (state, _review_summary(code, state, review), code.upper(), state.label)
                for code, state, review in self._language_states(obj)
            ),
        )

    @admin.display(description=_("Translation review"))
    def translation_review(self, obj):
        return render_to_string(
            "admin/translation_review_panel.html",
            {
                "rows": [
                    {"code": code, "name": language_name(code), "state": state, "review": review}
                    for code, state, review in self._language_states(obj)
                ],
                "can_review": getattr(obj, "can_review_translation", False),
            },
        )

    def get_fieldsets(self, request, obj=None):
        fieldsets = [
            (
                name,
                {**options, "fields": [f for f in options["fields"] if f != "translation_review"]},
            )
            for name, options in super().get_fieldsets(request, obj)
        ]
        if obj is not None and translated_fields(self.model):
            # read by the review panel, which is given only the object
            obj.can_review_translation = self.has_review_permission(request)
            fieldsets.append((_("Translation review"), {"fields": ["translation_review"]}))
        return fieldsets

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        codes = [code for code in language_codes() if code in request.POST.getlist("_review")]
        if codes and self.has_review_permission(request):
            shown = [form.instance] + [
                inline.instance
                for formset in formsets
                for inline in formset.forms
                if inline.instance.pk
                and translated_fields(type(inline.instance))
                and not (formset.can_delete and formset._should_delete_form(inline))
            ]
            for code in codes:
                self.mark_reviewed(request, shown, code)

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if issubclass(self.model, PublishableModel) and not self.has_publish_permission(request):
            readonly += ["status", "publish_at"]
        if obj is not None and not self.has_add_permission(request):
            readonly += non_text_fields(self.model)
        if obj is not None and translated_fields(self.model):
            readonly.append("translation_review")
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


def _review_summary(code, state, review):
    """The state of a language in words, for the title of its mark in the change list."""
    if review is None:
        return f"{language_name(code)}: {state.label}"
    return _("%(language)s: %(state)s; reviewed by %(user)s, %(when)s") % {
        "language": language_name(code),
        "state": state.label,
        "user": review.reviewed_by.get_username() if review.reviewed_by else "—",
        "when": date_format(timezone.localtime(review.reviewed_at), "SHORT_DATETIME_FORMAT"),
    }
