"""A translator sees the review state of each language, marks one reviewed, and the status page
counts it; the screens stay accessible."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from forum_portal.roles import TRANSLATOR
from tests.factories import InstitutionFactory

pytestmark = pytest.mark.browser

PASSWORD = "Portal-test-pass-2025"


def test_translator_marks_a_corrected_kazakh_name_reviewed(
    page, live_server, transactional_db, assert_accessible
):
    user = get_user_model().objects.create_user("aigerim", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=TRANSLATOR))
    institution = InstitutionFactory(name_kk="Ковентри Университеті", name_en="Coventry University")
    base = live_server.url
    page.set_extra_http_headers({"Accept-Language": "en"})
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", "aigerim")
    page.fill("#id_password", PASSWORD)
    page.locator("input[type=submit]").click()
    page.wait_for_url(f"{base}/admin/")

    page.goto(f"{base}/admin/universities/institution/{institution.pk}/change/")
    panel = page.locator("table.translation-review")
    kazakh = panel.locator("tbody tr").first
    assert kazakh.locator("th").inner_text() == "Kazakh"
    assert kazakh.locator(".translation-state").inner_text() == "Draft"
    assert_accessible(page)
    page.fill("#id_name_kk", "Ковентри университеті")
    kazakh.get_by_role("checkbox", name="Mark KK reviewed when saving").check()
    page.locator("input[name=_continue]").click()
    page.wait_for_url(f"{base}/admin/universities/institution/{institution.pk}/change/")
    assert page.locator("#id_name_kk").input_value() == "Ковентри университеті"
    assert kazakh.locator(".translation-state").inner_text() == "Reviewed"
    assert kazakh.locator("td").nth(1).inner_text() == "aigerim"

    page.goto(f"{base}/admin/universities/institution/?translation_kk=reviewed")
    assert page.locator("#result_list tbody tr").count() == 1
    assert_accessible(page)
    page.goto(f"{base}/admin/translation-status/")
    assert_accessible(page)
