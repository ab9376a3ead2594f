"""Proposing an update, reviewing it in the admin side by side, approving and rejecting it."""

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from partners import services
from partners.models import UpdateProposal
from tests.factories import UserFactory
from tests.partners.conftest import png_bytes

pytestmark = pytest.mark.django_db


def _form_data(institution, **changes):
    data = {
        "description_kk": institution.description_kk or "",
        "description_ru": institution.description_ru or "",
        "description_en": institution.description_en or "",
        "website": institution.website,
        "logo_alt_kk": institution.logo_alt_kk or "",
        "logo_alt_ru": institution.logo_alt_ru or "",
        "logo_alt_en": institution.logo_alt_en or "",
        "message": "",
    }
    return {**data, **changes}


@pytest.fixture
def propose_url(institution_a):
    return f"/en/partner/institutions/{institution_a.slug}/propose/"


def test_form_is_filled_with_the_current_values(client, partner_a, institution_a, propose_url):
    institution_a.website = "https://alpha.example.org"
    institution_a.description_en = "<p>Teaching since 2021.</p>"
    institution_a.save()
    client.force_login(partner_a)
    form = client.get(propose_url).context["form"]
    assert (form["website"].value(), form["description_en"].value()) == (
        "https://alpha.example.org",
        "<p>Teaching since 2021.</p>",
    )


def test_submitting_creates_a_pending_proposal_and_mails_the_reviewers(
    client,
    partner_a,
    institution_a,
    partner_manager,
    editor,
    superuser,
    propose_url,
    django_capture_on_commit_callbacks,
):
    client.force_login(partner_a)
    data = _form_data(
        institution_a, website="https://alpha.example.org/kz", message="New domain in 2025."
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(propose_url, data)

    proposal = UpdateProposal.objects.get()
    assert response["Location"] == f"/en/partner/proposals/{proposal.pk}/"
    assert (proposal.status, proposal.proposed_by, proposal.institution) == (
        "pending",
        partner_a,
        institution_a,
    )
    assert proposal.changes == {"website": "https://alpha.example.org/kz"}
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert sorted(message.to) == ["partner-manager@example.org", "root@example.org"]
    assert message.subject == f"{institution_a.name_kk} жаңарту ұсынысы"
    assert f"http://testserver/admin/partners/updateproposal/{proposal.pk}/change/" in message.body
    assert "New domain in 2025." in message.body
    institution_a.refresh_from_db()
    assert institution_a.website == ""  # nothing changes before a reviewer approves


def test_reviewers_are_active_staff_with_the_review_permission_and_an_address(
    partner_manager, editor, superuser, partner_a
):
    review = Permission.objects.get(codename="change_updateproposal")
    direct = UserFactory(username="direct", is_staff=True)
    direct.user_permissions.add(review)
    for username, flags in [
        ("inactive", {"is_active": False}),
        ("not-staff", {"is_staff": False}),
        ("no-address", {"email": ""}),
    ]:
        user = UserFactory(username=username, **{"is_staff": True, **flags})
        user.user_permissions.add(review)
    UserFactory(username="root-without-address", is_staff=True, is_superuser=True, email="")

    assert sorted(services.reviewers().values_list("username", flat=True)) == [
        "direct",
        "partner-manager",
        "root",
    ]


def test_the_partner_sees_the_proposal_and_its_status(client, partner_a, proposal_a):
    client.force_login(partner_a)
    content = client.get(f"/en/partner/proposals/{proposal_a.pk}/").content.decode()
    assert '<span class="tag proposal-status proposal-status--pending">Pending</span>' in content
    assert "<ins>https://example.org/new</ins>" in content


@pytest.mark.parametrize(
    ("changes", "field", "error"),
    [
        ({}, "__all__", "Nothing was changed: edit at least one value or add a logo."),
        (
            {"description_en": "x" * 20_001},
            "description_en",
            "Ensure this value has at most 20000 characters (it has 20001).",
        ),
        ({"website": "not a web address"}, "website", "Enter a valid URL."),
        (
            {"message": "m" * 2001},
            "message",
            "Ensure this value has at most 2000 characters (it has 2001).",
        ),
    ],
)
def test_bad_input_gives_field_errors_and_saves_nothing(
    client, partner_a, institution_a, propose_url, changes, field, error
):
    client.force_login(partner_a)
    response = client.post(propose_url, _form_data(institution_a, **changes))
    assert response.status_code == 200
    assert response.context["form"].errors[field] == [error]
    assert UpdateProposal.objects.count() == 0
    assert mail.outbox == []


def test_a_new_logo_needs_its_text_in_every_language(client, partner_a, institution_a, propose_url):
    client.force_login(partner_a)
    logo = SimpleUploadedFile("new-logo.png", png_bytes(), "image/png")
    data = {**_form_data(institution_a, logo_alt_en="Alpha"), "logo": logo}
    errors = client.post(propose_url, data).context["form"].errors
    assert (errors["logo_alt_kk"], errors["logo_alt_ru"], "logo_alt_en" in errors) == (
        ["Describe the logo for people who cannot see it."],
        ["Describe the logo for people who cannot see it."],
        False,
    )
    assert UpdateProposal.objects.count() == 0


def test_a_file_that_is_not_an_image_is_refused(client, partner_a, institution_a, propose_url):
    client.force_login(partner_a)
    fake = SimpleUploadedFile("logo.png", b"<?php echo 'not an image'; ?>", "image/png")
    response = client.post(propose_url, {**_form_data(institution_a), "logo": fake})
    assert response.context["form"].errors["logo"] == [
        "Upload a valid image. The file you uploaded was either not an image or a corrupted image."
    ]
    assert UpdateProposal.objects.count() == 0


def test_a_proposed_logo_is_kept_privately_until_approved(
    client, partner_a, institution_a, partner_manager, propose_url, settings
):
    client.force_login(partner_a)
    logo = SimpleUploadedFile("new-logo.png", png_bytes(), "image/png")
    alts = {"logo_alt_kk": "Альфа логотипі", "logo_alt_ru": "Логотип Альфы", "logo_alt_en": "Alpha"}
    client.post(propose_url, {**_form_data(institution_a, **alts), "logo": logo})
    proposal = UpdateProposal.objects.get()
    assert proposal.changes == alts
    assert proposal.logo.path.startswith(str(settings.PARTNER_FILES_ROOT))
    assert not (settings.MEDIA_ROOT / proposal.logo.name).exists()

    services.proposal_approve(proposal=proposal, reviewer=partner_manager)
    institution_a.refresh_from_db()
    assert institution_a.logo.name == "logos/new-logo.png"
    assert (settings.MEDIA_ROOT / "logos/new-logo.png").read_bytes()[:4] == b"\x89PNG"


def test_approving_applies_the_change_and_records_who_and_when(
    partner_manager, proposal_a, institution_a
):
    proposal_a.changes = {"website": "https://alpha.example.org", "description_ru": "<p>Новое</p>"}
    proposal_a.save()
    services.proposal_approve(proposal=proposal_a, reviewer=partner_manager)

    institution_a.refresh_from_db()
    proposal_a.refresh_from_db()
    assert (institution_a.website, institution_a.description_ru) == (
        "https://alpha.example.org",
        "<p>Новое</p>",
    )
    assert (proposal_a.status, proposal_a.reviewed_by) == ("approved", partner_manager)
    assert proposal_a.reviewed_at is not None


def test_approval_sanitises_the_proposed_text(partner_manager, proposal_a, institution_a):
    proposal_a.changes = {"description_en": '<p onclick="x()">Hi<script>alert(1)</script></p>'}
    proposal_a.save()
    services.proposal_approve(proposal=proposal_a, reviewer=partner_manager)
    institution_a.refresh_from_db()
    assert institution_a.description_en == "<p>Hi</p>"


def test_a_proposal_is_reviewed_only_once(partner_manager, proposal_a):
    services.proposal_approve(proposal=proposal_a, reviewer=partner_manager)
    with pytest.raises(ValidationError) as error, translation.override("en"):
        services.proposal_reject(proposal=proposal_a, reviewer=partner_manager, reason="Too late")
    assert error.value.messages == ["This proposal has already been reviewed."]


def test_rejecting_needs_a_reason_and_changes_nothing(partner_manager, proposal_a, institution_a):
    with pytest.raises(ValidationError):
        services.proposal_reject(proposal=proposal_a, reviewer=partner_manager, reason="  ")
    services.proposal_reject(
        proposal=proposal_a, reviewer=partner_manager, reason="No source given."
    )
    proposal_a.refresh_from_db()
    institution_a.refresh_from_db()
    assert (proposal_a.status, proposal_a.rejection_reason, institution_a.website) == (
        "rejected",
        "No source given.",
        "",
    )


def test_the_partner_sees_the_reason_of_a_rejection(client, partner_a, partner_manager, proposal_a):
    services.proposal_reject(
        proposal=proposal_a, reviewer=partner_manager, reason="No source given."
    )
    client.force_login(partner_a)
    content = client.get(f"/en/partner/proposals/{proposal_a.pk}/").content.decode()
    assert "<dt>Reason for rejection</dt><dd>No source given.</dd>" in content
    assert "proposal-status--rejected" in content


def _admin_url(proposal):
    return reverse("admin:partners_updateproposal_change", args=[proposal.pk])


def test_admin_shows_current_and_proposed_values_side_by_side(
    client, partner_manager, proposal_a, institution_a
):
    institution_a.website = "https://example.org/old"
    institution_a.save()
    client.force_login(partner_manager)
    content = client.get(_admin_url(proposal_a), headers={"accept-language": "en"}).content.decode()
    assert (
        "<tr><th scope='row'>website</th><td><del>https://example.org/old</del></td>"
        "<td><ins>https://example.org/new</ins></td></tr>"
    ) in content


def test_admin_approves_a_proposal(client, partner_manager, proposal_a, institution_a):
    client.force_login(partner_manager)
    response = client.post(_admin_url(proposal_a), {"decision": "approve", "rejection_reason": ""})
    assert response["Location"] == reverse("admin:partners_updateproposal_changelist")
    institution_a.refresh_from_db()
    proposal_a.refresh_from_db()
    assert (institution_a.website, proposal_a.status, proposal_a.reviewed_by) == (
        "https://example.org/new",
        "approved",
        partner_manager,
    )


def test_admin_rejection_without_a_reason_is_refused(client, partner_manager, proposal_a):
    client.force_login(partner_manager)
    response = client.post(
        _admin_url(proposal_a),
        {"decision": "reject", "rejection_reason": ""},
        headers={"accept-language": "en"},
    )
    assert response.context["adminform"].form.errors["rejection_reason"] == [
        "Give the partner a reason for the rejection."
    ]
    proposal_a.refresh_from_db()
    assert proposal_a.status == "pending"


def test_admin_rejects_with_a_reason(client, partner_manager, proposal_a):
    client.force_login(partner_manager)
    client.post(_admin_url(proposal_a), {"decision": "reject", "rejection_reason": "Outdated."})
    proposal_a.refresh_from_db()
    assert (proposal_a.status, proposal_a.rejection_reason, proposal_a.reviewed_by) == (
        "rejected",
        "Outdated.",
        partner_manager,
    )


def test_admin_list_of_proposals_has_a_fixed_query_count(
    client, partner_manager, institution_a, partner_a, django_assert_max_num_queries
):
    from tests.factories import UpdateProposalFactory

    client.force_login(partner_manager)
    UpdateProposalFactory.create_batch(3, institution=institution_a, proposed_by=partner_a)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        client.get(reverse("admin:partners_updateproposal_changelist"))
    UpdateProposalFactory.create_batch(40, institution=institution_a, proposed_by=partner_a)
    with CaptureQueriesContext(connection) as many:
        client.get(reverse("admin:partners_updateproposal_changelist"))
    assert len(few) == len(many)


def test_after_approval_the_partner_sees_what_was_replaced(
    client, partner_manager, partner_a, proposal_a
):
    proposal_a.institution.website = "https://example.org/old"
    proposal_a.institution.save()
    services.proposal_approve(proposal=proposal_a, reviewer=partner_manager)
    client.force_login(partner_a)
    content = client.get(f"/en/partner/proposals/{proposal_a.pk}/").content.decode()
    assert (
        "<td><del>https://example.org/old</del></td><td><ins>https://example.org/new</ins></td>"
        in content
    )
    assert "proposal-status--approved" in content


def test_admin_shows_the_proposed_logo_through_the_checking_view(
    client, partner_manager, proposal_a
):
    from django.core.files.base import ContentFile

    proposal_a.logo.save("logo.png", ContentFile(png_bytes()), save=True)
    client.force_login(partner_manager)
    content = client.get(_admin_url(proposal_a)).content.decode()
    url = f"/admin/partners/updateproposal/{proposal_a.pk}/private-file/"
    assert f'<a href="{url}"><img src="{url}" alt="" width="160"></a>' in content
    response = client.get(url)
    assert (response.status_code, response["Content-Type"]) == (200, "image/png")
    assert response["Content-Disposition"].startswith("inline;")


def test_the_review_page_loads_its_comparison_styles(client, partner_manager, proposal_a):
    client.force_login(partner_manager)
    content = client.get(_admin_url(proposal_a)).content.decode()
    assert 'href="/static/partners/proposal-review.css"' in content
