from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.http import Http404
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from core.admin_mixins import PortalAdminMixin
from core.languages import in_every_language
from partners import diff, services
from partners.models import (
    CouncilMeeting,
    CouncilMembership,
    PartnerAccount,
    PartnerDocument,
    UpdateProposal,
)
from partners.storage import private_file_response


class PrivateFileAdminMixin:
    """Staff open a privately stored file through the admin, with the model's view permission
    (the partner area shows only the institutions one speaks for, staff included)."""

    private_file_field = "file"
    private_file_as_attachment = True

    def get_urls(self):
        opts = self.model._meta
        return [
            path(
                "<path:object_id>/private-file/",
                self.admin_site.admin_view(self.private_file_view),
                name=f"{opts.app_label}_{opts.model_name}_private_file",
            ),
            *super().get_urls(),
        ]

    def private_file_url(self, obj):
        opts = self.model._meta
        return reverse(
            f"admin:{opts.app_label}_{opts.model_name}_private_file",
            args=[obj.pk],
            current_app=self.admin_site.name,
        )

    def private_file_view(self, request, object_id):
        obj = self.get_object(request, unquote(object_id))  # None for a malformed id too
        if obj is None:
            raise Http404
        if not self.has_view_permission(request, obj):
            raise PermissionDenied
        return private_file_response(
            getattr(obj, self.private_file_field), as_attachment=self.private_file_as_attachment
        )


@admin.register(CouncilMembership)
class CouncilMembershipAdmin(PortalAdminMixin, admin.ModelAdmin):
    list_display = ("institution", "role", "representative", "since", "until", "order", "status")
    list_filter = ("status", "role", "institution__kind")
    list_select_related = ("institution", "representative")
    search_fields = (
        *in_every_language("institution__name"),
        *in_every_language("representative__name"),
    )
    autocomplete_fields = ("institution", "representative")


@admin.register(CouncilMeeting)
class CouncilMeetingAdmin(PortalAdminMixin, TranslationAdmin):
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = ("title", "date", "forum", "status")
    list_filter = ("status", "forum")
    list_select_related = ("forum",)
    search_fields = (*in_every_language("title"), "slug")
    prepopulated_fields = {"slug": ("title_en",)}
    autocomplete_fields = ("forum", "session")


class _CheckedFileLink:
    """The current file as the clearable file input shows it, linked to the checking view."""

    def __init__(self, field_file, url):
        self.field_file, self.url = field_file, url

    def __str__(self):
        return self.field_file.name


class PrivateFileInput(forms.ClearableFileInput):
    """A file input for private files: they have no public URL, so link to the checking view."""

    def __init__(self, *args, download_url=None, **kwargs):
        self.download_url = download_url
        super().__init__(*args, **kwargs)

    def is_initial(self, value):
        return bool(value and getattr(value, "name", None) and self.download_url)

    def format_value(self, value):
        if self.is_initial(value):
            return _CheckedFileLink(value, self.download_url)
        return super().format_value(value)


@admin.register(PartnerDocument)
class PartnerDocumentAdmin(PrivateFileAdminMixin, PortalAdminMixin, TranslationAdmin):
    list_display = ("title", "institution", "kind", "date", "uploaded_at")
    list_filter = ("kind",)
    list_select_related = ("institution",)
    search_fields = (*in_every_language("title"), "institution__name_en")
    autocomplete_fields = ("institution",)
    raw_id_fields = ("meeting",)
    view_on_site = False  # no public page; the partner area shows it only to its partners

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if "file" in form.base_fields:
            url = self.private_file_url(obj) if obj else None
            form.base_fields["file"].widget = PrivateFileInput(download_url=url)
        return form


@admin.register(PartnerAccount)
class PartnerAccountAdmin(admin.ModelAdmin):
    list_display = ("user", "email", "invited_at", "created_at")
    list_select_related = ("user",)
    search_fields = ("user__username", "user__email", "institutions__name_en")
    autocomplete_fields = ("institutions",)
    raw_id_fields = ("user",)
    readonly_fields = ("invited_at",)
    actions = ["send_invitation"]

    @admin.display(description=_("e-mail"))
    def email(self, account):
        return account.user.email

    @admin.action(description=_("Send an invitation link to set the password"))
    def send_invitation(self, request, queryset):
        base_url = f"{request.scheme}://{request.get_host()}"
        for account in queryset.select_related("user"):
            try:
                services.partner_account_invite(account=account, base_url=base_url)
            except ValidationError as error:
                self.message_user(request, f"{account}: {error.messages[0]}", messages.ERROR)
            else:
                self.message_user(
                    request,
                    _("Invitation sent to %(email)s.") % {"email": account.user.email},
                    messages.SUCCESS,
                )


class ReviewForm(forms.ModelForm):
    """The reviewer's decision; saving applies it through partners.services."""

    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[
            ("", _("Keep pending")),
            ("approve", _("Approve and apply the change")),
            ("reject", _("Reject")),
        ],
        required=False,
    )

    class Meta:
        model = UpdateProposal
        fields = ("rejection_reason",)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") == "reject" and not cleaned.get("rejection_reason", "").strip():
            self.add_error("rejection_reason", _("Give the partner a reason for the rejection."))
        return cleaned


@admin.register(UpdateProposal)
class UpdateProposalAdmin(PrivateFileAdminMixin, admin.ModelAdmin):
    form = ReviewForm
    private_file_field = "logo"
    private_file_as_attachment = False
    list_display = ("__str__", "proposed_by", "created_at", "status")
    list_filter = ("status",)
    list_select_related = ("institution", "branch_campus", "proposed_by")
    search_fields = (
        *in_every_language("institution__name"),
        *in_every_language("branch_campus__name"),
    )
    date_hierarchy = "created_at"
    readonly_fields = (
        "target_link",
        "proposed_by",
        "created_at",
        "message",
        "comparison",
        "logo_preview",
        "status",
        "reviewed_by",
        "reviewed_at",
    )

    def get_fields(self, request, obj=None):
        fields = list(self.readonly_fields)
        if obj is None or obj.status == UpdateProposal.Status.PENDING:
            fields += ["decision", "rejection_reason"]
        elif obj.status == UpdateProposal.Status.REJECTED:
            fields += ["rejection_reason"]
        return fields

    def get_readonly_fields(self, request, obj=None):
        if obj is not None and obj.status != UpdateProposal.Status.PENDING:
            return (*self.readonly_fields, "rejection_reason")
        return self.readonly_fields

    class Media:
        css = {"all": ["partners/proposal-review.css"]}

    def has_add_permission(self, request):
        return False

    @admin.display(description=_("proposed for"))
    def target_link(self, proposal):
        meta = proposal.target._meta
        url = reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[proposal.target.pk])
        return format_html('<a href="{}">{}</a>', url, proposal.target)

    @admin.display(description=_("current and proposed values"))
    def comparison(self, proposal):
        return diff.comparison_table(
            diff.comparison(proposal), [_("field"), _("current value"), _("proposed value")]
        )

    @admin.display(description=_("proposed logo"))
    def logo_preview(self, proposal):
        if not proposal.logo:
            return "—"
        url = self.private_file_url(proposal)
        return format_html('<a href="{}"><img src="{}" alt="" width="160"></a>', url, url)

    def save_model(self, request, obj, form, change):
        decision = form.cleaned_data.get("decision")
        try:
            if decision == "approve":
                services.proposal_approve(proposal=obj, reviewer=request.user)
            elif decision == "reject":
                services.proposal_reject(
                    proposal=obj, reviewer=request.user, reason=obj.rejection_reason
                )
        except ValidationError as error:
            self.message_user(request, error.messages[0], messages.ERROR)
