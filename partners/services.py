"""Writes of the partner area: submitting, approving and rejecting update proposals; invitations.

Keyword-only functions under ``transaction.atomic``; e-mails leave only once the data is saved.
"""

from pathlib import PurePosixPath

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from core.languages import in_every_language
from partners.models import UpdateProposal
from universities.models import BranchCampus, Institution

# What a partner may propose for each kind of target (the fields of that model). A logo is
# proposed as a file of its own (UpdateProposal.logo) for targets that have one.
PROPOSABLE_FIELDS = {
    Institution: (
        *in_every_language("description"),
        "website",
        *in_every_language("logo_alt"),
    ),
    BranchCampus: (
        *in_every_language("description"),
        "website",
        *in_every_language("programmes_summary"),
    ),
}
# The UpdateProposal foreign key that points at each kind of target.
TARGET_FIELDS = {Institution: "institution", BranchCampus: "branch_campus"}


def proposable_fields(target):
    return PROPOSABLE_FIELDS[type(target)]


def current_values(target):
    """The target's current values of the fields a partner may propose, as text."""
    return {field: getattr(target, field) or "" for field in proposable_fields(target)}


def proposed_changes(target, values):
    """Only the values that differ from the current ones (line endings and edge spaces aside)."""
    current = current_values(target)
    changes = {}
    for field, value in values.items():
        if field not in current:
            continue
        value = (value or "").replace("\r\n", "\n").strip()
        if value != current[field].replace("\r\n", "\n").strip():
            changes[field] = value
    return changes


@transaction.atomic
def proposal_submit(*, target, user, values, logo=None, message="", base_url=""):
    """Create a pending proposal from the partner's values and notify the reviewers by e-mail."""
    changes = proposed_changes(target, values)
    if not changes and not logo:
        raise ValidationError(_("Nothing was changed: edit at least one value or add a logo."))
    proposal = UpdateProposal(proposed_by=user, changes=changes, message=message)
    setattr(proposal, TARGET_FIELDS[type(target)], target)
    if logo:
        proposal.logo = logo
    proposal.save()
    transaction.on_commit(lambda: _notify_reviewers(proposal, base_url))
    return proposal


def reviewers():
    """Active staff who may review proposals (directly, through a group, or as superusers)
    and have an e-mail address."""
    return (
        get_user_model()
        .objects.with_perm(
            "partners.change_updateproposal", backend="django.contrib.auth.backends.ModelBackend"
        )
        .filter(is_staff=True)
        .exclude(email="")
    )


def _notify_reviewers(proposal, base_url):
    recipients = list(reviewers().values_list("email", flat=True))
    if not recipients:
        return
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "proposal": proposal,
            "target": proposal.target,
            "proposed_by": proposal.proposed_by,
            "review_url": base_url
            + reverse("admin:partners_updateproposal_change", args=[proposal.pk]),
        }
        subject = _("Update proposal for %(target)s") % {"target": proposal.target}
        body = render_to_string("partners/email/proposal_submitted.txt", context)
    send_mail(subject, body, None, recipients)


@transaction.atomic
def proposal_approve(*, proposal, reviewer):
    """Apply the proposed values to the target and record who approved it and when."""
    proposal = _pending(proposal)
    target = proposal.target
    allowed = proposable_fields(target)
    for field, value in proposal.changes.items():
        if field in allowed:
            proposal.replaced_values[field] = getattr(target, field) or ""
            setattr(target, field, value)
    if proposal.logo:
        with proposal.logo.open("rb") as source:
            target.logo.save(PurePosixPath(proposal.logo.name).name, File(source), save=False)
    target.full_clean(validate_unique=False, validate_constraints=False)
    target.save()
    return _record_review(proposal, reviewer, UpdateProposal.Status.APPROVED)


@transaction.atomic
def proposal_reject(*, proposal, reviewer, reason):
    """Refuse a proposal; the reason is shown to the partner."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(_("Give the partner a reason for the rejection."))
    proposal = _pending(proposal)
    proposal.rejection_reason = reason
    return _record_review(proposal, reviewer, UpdateProposal.Status.REJECTED)


def _pending(proposal):
    proposal = UpdateProposal.objects.select_for_update().get(pk=proposal.pk)
    if proposal.status != UpdateProposal.Status.PENDING:
        raise ValidationError(_("This proposal has already been reviewed."))
    return proposal


def _record_review(proposal, reviewer, status):
    proposal.status = status
    proposal.reviewed_by = reviewer
    proposal.reviewed_at = timezone.now()
    proposal.save()
    return proposal


@transaction.atomic
def partner_account_invite(*, account, base_url):
    """E-mail the partner a one-time link to set their password; record when it was sent."""
    user = account.user
    if not user.email:
        raise ValidationError(_("The user has no e-mail address."))
    link = base_url + reverse(
        "partners:password-reset-confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    context = {"user": user, "link": link, "institutions": list(account.institutions.all())}
    subject = _("Your account in the forum portal's partner area")
    body = render_to_string("partners/email/invitation.txt", context)
    account.invited_at = timezone.now()
    account.save(update_fields=["invited_at"])
    transaction.on_commit(lambda: send_mail(subject, body, None, [user.email]))
    return account
