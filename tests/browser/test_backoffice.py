import pytest
from django.contrib.auth import get_user_model

from universities.models import Institution

pytestmark = pytest.mark.browser


@pytest.fixture
def editor_login(page, live_server, transactional_db):
    get_user_model().objects.create_superuser("chief", "chief@example.kz", "Chief-pass-2025")

    def login():
        page.goto(f"{live_server.url}/admin/login/")
        page.fill("#id_username", "chief")
        page.fill("#id_password", "Chief-pass-2025")
        page.locator("input[type=submit]").click()
        page.wait_for_url(f"{live_server.url}/admin/")

    return login


def test_editor_formats_a_description_with_the_offline_editor(page, live_server, editor_login):
    page.set_extra_http_headers({"Accept-Language": "en"})
    editor_login()
    page.goto(f"{live_server.url}/admin/universities/institution/add/")
    page.fill("#id_name_kk", "Сынақ университеті")
    page.fill("#id_name_ru", "Тестовый университет")
    page.fill("#id_name_en", "Test University")
    page.select_option("#id_kind", "foreign_university")
    editor = page.get_by_role("textbox", name="description [kk]")
    editor.click()
    page.get_by_role("toolbar").first.get_by_role("button", name="Bold").click()
    page.keyboard.type("Маңызды")
    page.locator("input[name=_save]").click()
    page.wait_for_url(f"{live_server.url}/admin/universities/institution/")
    saved = Institution.objects.get(name_en="Test University")
    assert saved.description_kk in ("<b>Маңызды</b>", "<strong>Маңызды</strong>")


def test_the_editor_works_with_the_content_security_policy_enforced(
    browser, live_server, transactional_db
):
    """The ``page`` fixture bypasses the CSP (so that axe can be injected); production enforces
    it, so here the page runs under it: no inline script or style may be needed."""
    get_user_model().objects.create_superuser("chief", "chief@example.kz", "Chief-pass-2025")
    context = browser.new_context(locale="kk")
    page = context.new_page()
    violations = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "chief")
    page.fill("#id_password", "Chief-pass-2025")
    page.locator("input[type=submit]").click()
    page.wait_for_url(f"{live_server.url}/admin/")
    page.goto(f"{live_server.url}/admin/universities/institution/add/")
    assert page.locator("html").get_attribute("lang") == "kk"
    page.fill("#id_name_kk", "Сынақ университеті")
    page.fill("#id_name_ru", "Тестовый университет")
    page.fill("#id_name_en", "CSP University")
    page.select_option("#id_kind", "foreign_university")
    editor = page.locator(".richtext", has=page.locator("#id_description_kk"))
    editor.get_by_role("textbox").click()
    editor.get_by_role("toolbar").get_by_role("button", name="Жуан").click()
    page.keyboard.type("Маңызды")
    page.locator("input[name=_save]").click()
    page.wait_for_url(f"{live_server.url}/admin/universities/institution/")
    context.close()
    saved = Institution.objects.get(name_en="CSP University")
    assert saved.description_kk in ("<b>Маңызды</b>", "<strong>Маңызды</strong>")
    assert violations == []


def test_admin_pages_are_accessible(page, live_server, editor_login, assert_accessible):
    editor_login()
    assert_accessible(page)
    page.goto(f"{live_server.url}/admin/translation-status/")
    assert_accessible(page)


def test_an_earlier_version_is_restored_from_the_history(page, live_server, editor_login):
    from tests.factories import InstitutionFactory

    page.set_extra_http_headers({"Accept-Language": "en"})
    institution = InstitutionFactory(name_en="Original name")
    institution.name_en = "Mistaken name"
    institution.save()
    editor_login()
    page.goto(f"{live_server.url}/admin/universities/institution/{institution.pk}/history/")
    page.locator("#change-history tbody tr").nth(1).get_by_role("link").first.click()
    assert page.locator("#id_name_en").input_value() == "Original name"
    page.locator("input[name=_save]").click()
    page.wait_for_load_state()
    institution.refresh_from_db()
    assert institution.name_en == "Original name"
    assert institution.history.count() == 3
