"""Branch campuses in the partner area: unpublished details, proposals, approval, query counts."""

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext

from partners import services
from partners.models import UpdateProposal
from tests.html import parse
from tests.partners.conftest import make_campus
from universities.models import BranchCampus, Programme

pytestmark = pytest.mark.django_db


def test_the_institution_page_shows_its_campuses_with_unpublished_details(
    client, partner_a, institution_a, campus_a
):
    make_campus(institution_a, name_en="Alpha Astana", status=BranchCampus.Status.DRAFT)
    Programme.objects.create(
        campus=campus_a, title_en="BSc Computing", level="bachelor", field="06"
    )
    client.force_login(partner_a)
    response = client.get(f"/en/partner/institutions/{institution_a.slug}/")
    content = response.content.decode()
    assert [c.name_en for c in response.context["campuses"]] == ["Alpha Astana", "Alpha Kazakhstan"]
    assert "<h3>Alpha Astana</h3>" in content
    assert '<span class="tag">Not published yet</span>' in content
    assert "<li>BSc Computing · Bachelor</li>" in content
    links = [href for href, _text, _attrs in parse(content).links]
    assert f"/en/partner/campuses/{campus_a.slug}/propose/" in links


def test_campus_form_is_filled_and_creates_a_campus_proposal(
    client, partner_a, campus_a, partner_manager, django_capture_on_commit_callbacks
):
    campus_a.programmes_summary_en = "Business (BSc)"
    campus_a.save()
    client.force_login(partner_a)
    url = f"/en/partner/campuses/{campus_a.slug}/propose/"
    form = client.get(url).context["form"]
    assert form["programmes_summary_en"].value() == "Business (BSc)"
    assert list(form.fields)[-1] == "message"

    data = {name: form[name].value() or "" for name in form.fields}
    data["programmes_summary_en"] = "Business, computing (BSc)"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, data)
    proposal = UpdateProposal.objects.get()
    assert response["Location"] == f"/en/partner/proposals/{proposal.pk}/"
    assert (proposal.branch_campus, proposal.institution, proposal.changes) == (
        campus_a,
        None,
        {"programmes_summary_en": "Business, computing (BSc)"},
    )
    assert mail.outbox[0].to == ["partner-manager@example.org"]


def test_approving_a_campus_proposal_updates_the_campus(partner_manager, campus_proposal_a):
    campus_proposal_a.changes = {"description_ru": "<p>Кампус в Астане.</p>"}
    campus_proposal_a.save()
    services.proposal_approve(proposal=campus_proposal_a, reviewer=partner_manager)
    campus = BranchCampus.objects.get(pk=campus_proposal_a.branch_campus_id)
    assert campus.description_ru == "<p>Кампус в Астане.</p>"


def test_campus_proposals_appear_with_the_parent_institution(
    client, partner_a, institution_a, campus_proposal_a, proposal_a
):
    client.force_login(partner_a)
    response = client.get(f"/en/partner/institutions/{institution_a.slug}/")
    assert list(response.context["proposals"]) == [proposal_a, campus_proposal_a]  # newest first
    dashboard = client.get("/en/partner/")
    assert [i.pending_count for i in dashboard.context["institutions"]] == [2]
    assert "2 proposals waiting for review" in dashboard.content.decode()


def test_a_campus_of_another_institution_is_not_found(client, partner_a, campus_b):
    client.force_login(partner_a)
    response = client.get(f"/en/partner/campuses/{campus_b.slug}/propose/")
    assert parse(response.content).h1 == ["Page not found"]


def test_a_proposal_needs_exactly_one_target(partner_a, institution_a, campus_a):
    from django.db import IntegrityError, transaction

    for targets in ({}, {"institution": institution_a, "branch_campus": campus_a}):
        with pytest.raises(IntegrityError), transaction.atomic():
            UpdateProposal.objects.create(proposed_by=partner_a, **targets)


def test_institution_page_query_count_does_not_grow_with_campuses(client, partner_a, institution_a):
    client.force_login(partner_a)
    url = f"/en/partner/institutions/{institution_a.slug}/"

    def add(n):
        for _ in range(n):
            campus = make_campus(institution_a)
            Programme.objects.create(campus=campus, title_en="MBA", level="master", field="04")
            UpdateProposal.objects.create(branch_campus=campus, proposed_by=partner_a)

    def count():
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        return len(queries)

    add(2)
    few = count()
    add(25)
    assert count() == few


def test_nobody_proposes_for_a_campus_whose_parent_is_unknown(client, partner_manager, partner_a):
    """No one speaks for a campus without a parent institution: it is the admin's business."""
    campus = make_campus(partner_a.partner_account.institutions.get(), slug="orphan-campus")
    campus.parent = None
    campus.save()
    for user in (partner_manager, partner_a):
        client.force_login(user)
        assert client.get("/en/partner/campuses/orphan-campus/propose/").status_code == 404


def test_cancel_leads_back_to_the_parent_institution(client, partner_a, campus_a):
    client.force_login(partner_a)
    response = client.get(f"/en/partner/campuses/{campus_a.slug}/propose/")
    assert response.context["cancel_url"] == "/en/partner/institutions/alpha-university/"
