from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import ValidationError
from django.db.models import F, Func, IntegerField, OuterRef, Prefetch, Q, Subquery
from django.shortcuts import redirect
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, FormView, ListView, TemplateView, View
from django.views.generic.detail import SingleObjectMixin

from core.collation import Alphabetical
from core.ratelimits import rate_limited
from partners import diff, services
from partners.forms import CampusProposalForm, InstitutionProposalForm
from partners.models import CouncilMeeting, CouncilMembership, PartnerDocument, UpdateProposal
from partners.storage import private_file_response
from universities.models import BranchCampus, Institution


def partner_institutions(user):
    """The institutions a user may see in the partner area: those they speak for (their
    partner account). Staff have no other way in: they reach partner objects through the
    admin, with its permissions."""
    return Institution.objects.filter(partner_accounts__user=user)


def partner_campuses(user):
    """The branch campuses of the user's institutions."""
    return BranchCampus.objects.filter(parent__in=partner_institutions(user))


def visible_proposals(user):
    return UpdateProposal.objects.concerning(partner_institutions(user))


class NoStoreMixin:
    """Pages of one account are never kept by shared caches or the browser's history."""

    def dispatch(self, request, *args, **kwargs):
        response = super().dispatch(request, *args, **kwargs)
        response.headers["Cache-Control"] = "private, no-store"
        return response


class PartnerAreaMixin(NoStoreMixin, LoginRequiredMixin):
    """Login required; every object is looked up among the user's own institutions (else 404)."""

    def institutions(self):
        return partner_institutions(self.request.user)


# --- Council (public) ---


class CouncilView(TemplateView):
    template_name = "partners/council.html"

    def get_context_data(self, **kwargs):
        memberships = (
            CouncilMembership.objects.published()
            .current()
            .filter(institution__in=Institution.objects.published())
            .select_related("institution", "institution__country", "representative")
            .order_by("institution__kind", "order", Alphabetical("institution__name"))
        )
        meetings = (
            CouncilMeeting.objects.published().newest_first().select_related("forum", "session")
        )
        kinds = dict(Institution.Kind.choices)
        groups = {}
        for membership in memberships:
            groups.setdefault(membership.institution.kind, []).append(membership)
        return super().get_context_data(
            groups=[(kinds.get(kind, kind), items) for kind, items in groups.items()],
            meetings=meetings,
            **kwargs,
        )


# --- Log in, log out, passwords (Django's views in the site's look) ---


class LoginView(auth_views.LoginView):
    template_name = "partners/auth/login.html"
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    next_page = reverse_lazy("partners:login")


class PasswordChangeView(NoStoreMixin, auth_views.PasswordChangeView):
    template_name = "partners/auth/password_change.html"
    success_url = reverse_lazy("partners:password-change-done")


class PasswordChangeDoneView(NoStoreMixin, auth_views.PasswordChangeDoneView):
    template_name = "partners/auth/password_change_done.html"


@rate_limited("password-reset")
@rate_limited("password-reset-email", key="post:email")
class PasswordResetView(auth_views.PasswordResetView):
    template_name = "partners/auth/password_reset.html"
    email_template_name = "partners/email/password_reset.txt"
    subject_template_name = "partners/email/password_reset_subject.txt"
    success_url = reverse_lazy("partners:password-reset-done")


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "partners/auth/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "partners/auth/password_reset_confirm.html"
    success_url = reverse_lazy("partners:password-reset-complete")


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "partners/auth/password_reset_complete.html"


# --- Partner area ---


class DashboardView(PartnerAreaMixin, ListView):
    template_name = "partners/dashboard.html"
    context_object_name = "institutions"
    paginate_by = 50

    def get_queryset(self):
        pending = (
            UpdateProposal.objects.pending()
            .filter(Q(institution=OuterRef("pk")) | Q(branch_campus__parent=OuterRef("pk")))
            .order_by()
            .annotate(count=Func(F("pk"), function="COUNT"))
            .values("count")
        )
        return (
            self.institutions()
            .select_related("country")
            .annotate(pending_count=Subquery(pending, output_field=IntegerField()))
            .order_by(Alphabetical("name"))
        )


class InstitutionView(PartnerAreaMixin, DetailView):
    template_name = "partners/institution.html"
    context_object_name = "institution"

    def get_queryset(self):
        return self.institutions().select_related("country", "city")

    def get_context_data(self, **kwargs):
        institution = self.object
        memberships = list(institution.council_memberships.select_related("representative"))
        own_documents = PartnerDocument.objects.filter(institution=institution)
        meetings = (
            CouncilMeeting.objects.published()
            .newest_first()
            .select_related("forum", "session")
            .prefetch_related(
                Prefetch("documents", queryset=own_documents, to_attr="own_documents")
            )
            if memberships
            else CouncilMeeting.objects.none()
        )
        return super().get_context_data(
            memberships=memberships,
            meetings=meetings,
            documents=own_documents.select_related("meeting"),
            campuses=institution.branch_campuses.select_related(
                "city", "host_partner"
            ).prefetch_related("programmes"),
            proposals=UpdateProposal.objects.concerning([institution]).select_related(
                "institution", "branch_campus", "proposed_by", "reviewed_by"
            ),
            **kwargs,
        )


@rate_limited("proposal", key="user_or_ip")
class ProposalCreateView(PartnerAreaMixin, SingleObjectMixin, FormView):
    """The form with the target's current values; sending it creates a pending proposal."""

    template_name = "partners/proposal_form.html"
    form_class = InstitutionProposalForm
    context_object_name = "target"

    def get_queryset(self):
        return self.institutions()

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.object = self.get_object()
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "target": self.object}

    def get_context_data(self, **kwargs):
        # A campus is reached only through its parent institution (partner_campuses).
        home = getattr(self.object, "parent", self.object)
        cancel_url = reverse("partners:institution", args=[home.slug])
        return super().get_context_data(cancel_url=cancel_url, **kwargs)

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            proposal = services.proposal_submit(
                target=self.object,
                user=self.request.user,
                values={f: data[f] for f in services.proposable_fields(self.object)},
                logo=data.get("logo"),
                message=data.get("message", ""),
                base_url=f"{self.request.scheme}://{self.request.get_host()}",
            )
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(
            self.request, _("Thank you. Your proposal has been sent to the ministry's staff.")
        )
        return redirect(proposal)


class CampusProposalCreateView(ProposalCreateView):
    form_class = CampusProposalForm

    def get_queryset(self):
        return partner_campuses(self.request.user).select_related("parent")


class ProposalDetailView(PartnerAreaMixin, DetailView):
    template_name = "partners/proposal_detail.html"
    context_object_name = "proposal"

    def get_queryset(self):
        return visible_proposals(self.request.user).select_related(
            "institution", "branch_campus__parent", "proposed_by", "reviewed_by"
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(comparison=diff.comparison(self.object), **kwargs)


class PrivateFileView(PartnerAreaMixin, SingleObjectMixin, View):
    """Sends a privately stored file only to those who may see its object; others get 404."""

    file_field = "file"
    as_attachment = True

    def get(self, request, *args, **kwargs):
        field_file = getattr(self.get_object(), self.file_field)
        return private_file_response(field_file, as_attachment=self.as_attachment)


class DocumentDownloadView(PrivateFileView):
    def get_queryset(self):
        return PartnerDocument.objects.filter(institution__in=self.institutions())


class ProposalLogoView(PrivateFileView):
    file_field = "logo"
    as_attachment = False

    def get_queryset(self):
        return visible_proposals(self.request.user)
