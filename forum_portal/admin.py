"""The back office: the admin site with a dashboard and a translation status page."""

from django.contrib import admin
from django.contrib.admin.models import LogEntry
from django.db.models import Q
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.languages import language_codes
from core.publishing import PublishableModel
from core.translation_status import State, state_counts, translated_fields
from forum_portal.admin_language import set_admin_language
from forum_portal.roles import content_models
from partners.models import UpdateProposal


def _changelist_url(model, query=""):
    opts = model._meta
    try:
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist") + query
    except NoReverseMatch:
        return None


def _viewable_content_models(user):
    for model in content_models():
        opts = model._meta
        if user.has_perm(f"{opts.app_label}.view_{opts.model_name}"):
            yield model


def translation_states(user):
    """Per translated model the user may view: how many objects are in each state in each
    language (``core.translation_status``), one query per model."""
    rows = []
    for model in _viewable_content_models(user):
        if not translated_fields(model):
            continue
        counts = state_counts(model._default_manager.all())
        rows.append(
            {
                "name": model._meta.verbose_name_plural,
                "total": sum(counts[language_codes()[0]].values()),
                "languages": [
                    {
                        "code": code,
                        "states": [
                            {
                                "state": state,
                                "count": counts[code][state],
                                "url": _changelist_url(model, f"?translation_{code}={state}"),
                            }
                            for state in State
                        ],
                    }
                    for code in language_codes()
                ],
            }
        )
    return rows


def translation_totals(rows):
    """{language: {state: count}} over the rows of ``translation_states``."""
    totals = {code: dict.fromkeys(State, 0) for code in language_codes()}
    for row in rows:
        for language in row["languages"]:
            for cell in language["states"]:
                totals[language["code"]][cell["state"]] += cell["count"]
    return totals


def scheduled_content(user, limit=10):
    """Published objects whose publish time is still ahead: they appear by themselves then."""
    now = timezone.now()
    items = []
    for model in _viewable_content_models(user):
        opts = model._meta
        if not issubclass(model, PublishableModel):
            continue
        for obj in model._default_manager.filter(
            status=PublishableModel.Status.PUBLISHED, publish_at__gt=now
        ).order_by("publish_at")[:limit]:
            items.append(
                {
                    "object": obj,
                    "model": opts.verbose_name,
                    "when": obj.publish_at,
                    "url": reverse(
                        f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk]
                    ),
                }
            )
    return sorted(items, key=lambda item: item["when"])[:limit]


def pending_proposals(user, limit=10):
    """Partner update proposals waiting for review, for those who may review them."""
    if not user.has_perm("partners.change_updateproposal"):
        return {}
    pending = UpdateProposal.objects.filter(status=UpdateProposal.Status.PENDING)
    return {
        "pending_proposals": pending.select_related(
            "institution", "branch_campus", "proposed_by"
        ).order_by("created_at")[:limit],
        "pending_proposal_count": pending.count(),
        "pending_proposals_url": _changelist_url(UpdateProposal, "?status__exact=pending"),
    }


def recent_changes(user, limit=10):
    """The latest changes made in the admin, to objects of models the user may view (a change
    to a partner document is no business of a translator's)."""
    entries = LogEntry.objects.select_related("user", "content_type").order_by("-action_time")
    if not user.is_superuser:
        viewable = Q(pk__in=[])
        for permission in user.get_all_permissions():
            app_label, codename = permission.split(".", 1)
            action, _sep, model_name = codename.partition("_")
            if action in ("view", "change"):
                viewable |= Q(content_type__app_label=app_label, content_type__model=model_name)
        entries = entries.filter(viewable)
    return entries[:limit]


class PortalAdminSite(admin.AdminSite):
    site_header = _("Forum portal administration")
    site_title = _("Forum portal administration")
    index_title = _("Content management")
    index_template = "admin/portal_index.html"

    def get_urls(self):
        return [
            # Open to anyone, the login page included: the choice is stored once logged in.
            path("language/", set_admin_language, name="set-language"),
            path(
                "translation-status/",
                self.admin_view(self.translation_status_view),
                name="translation-status",
            ),
            *super().get_urls(),
        ]

    def translation_status_view(self, request):
        context = {
            **self.each_context(request),
            "title": _("Translation status"),
            "rows": translation_states(request.user),
            "languages": language_codes(),
            "states": State,
        }
        return TemplateResponse(request, "admin/translation_status.html", context)

    def index(self, request, extra_context=None):
        totals = translation_totals(translation_states(request.user))
        extra_context = {
            **(extra_context or {}),
            "scheduled": scheduled_content(request.user),
            "recent_changes": recent_changes(request.user),
            "translation_totals": [
                {"code": code, "states": [(state, counts[state]) for state in State]}
                for code, counts in totals.items()
            ],
            **pending_proposals(request.user),
        }
        return super().index(request, extra_context)
