"""A partner proposes an update, staff approve it in the admin, the public page shows it."""

import pytest
from django.contrib.auth import get_user_model

from partners.models import UpdateProposal
from tests.factories import InstitutionFactory, PartnerAccountFactory

pytestmark = pytest.mark.browser

NEW_DESCRIPTION = "Coventry University teaches in Astana since 2024."


def _password(username, password, **extra):
    user, _ = get_user_model().objects.get_or_create(username=username, defaults=extra)
    user.set_password(password)
    user.save()
    return user


def _log_in(page, url, username, password):
    page.goto(url)
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.locator("main form").get_by_role("button").click()


@pytest.mark.parametrize("code", ["kk", "ru", "en"])
def test_council_and_login_pages_are_accessible(page, demo_site, assert_accessible, code):
    page.goto(f"{demo_site.url}/{code}/council/")
    assert page.locator("html").get_attribute("lang") == code
    assert_accessible(page)
    page.goto(f"{demo_site.url}/{code}/partner/login/")
    assert_accessible(page)


def test_partner_proposal_is_approved_in_the_admin_and_published(
    page, live_server, assert_accessible
):
    # It writes, so it brings its own data (the shared demo stays read-only).
    base = live_server.url
    coventry = InstitutionFactory(slug="coventry-university", name_en="Coventry University")
    partner = _password("coventry-partner", "Browser-test-pass-1")
    PartnerAccountFactory(user=partner, institutions=[coventry])
    _password("reviewer", "Browser-test-pass-2", is_staff=True, is_superuser=True)

    _log_in(page, f"{base}/en/partner/login/", "coventry-partner", "Browser-test-pass-1")
    page.wait_for_url(f"{base}/en/partner/")
    assert page.locator("h1").inner_text() == "My institutions"
    assert_accessible(page)

    page.get_by_role("link", name="Coventry University").click()
    page.wait_for_url(f"{base}/en/partner/institutions/coventry-university/")
    assert_accessible(page)
    page.get_by_role("link", name="Propose an update").first.click()
    assert_accessible(page)
    page.fill("#id_description_en", NEW_DESCRIPTION)
    page.get_by_role("button", name="Send the proposal").click()
    page.wait_for_url(f"{base}/en/partner/proposals/*/")
    assert page.locator(".proposal-status").inner_text() == "Pending"
    assert_accessible(page)
    page.get_by_role("button", name="Log out").click()
    page.wait_for_url(f"{base}/en/partner/login/")

    proposal = UpdateProposal.objects.get(changes={"description_en": NEW_DESCRIPTION})
    admin_url = f"{base}/admin/partners/updateproposal/{proposal.pk}/change/"
    _log_in(page, f"{base}/admin/login/?next={admin_url}", "reviewer", "Browser-test-pass-2")
    page.wait_for_url(admin_url)
    assert page.locator(".proposal-diff ins").inner_text() == NEW_DESCRIPTION
    page.select_option("#id_decision", "approve")
    page.locator("input[name=_save]").click()
    page.wait_for_url(f"{base}/admin/partners/updateproposal/")

    page.goto(f"{base}/en/institutions/coventry-university/")
    assert page.locator(".prose").inner_text() == NEW_DESCRIPTION
    proposal.refresh_from_db()
    assert (proposal.status, proposal.reviewed_by.username) == ("approved", "reviewer")
