"""The language choice in the admin header, as a staff member uses it in a real browser."""

import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("javascript", [True, False])
def test_staff_switch_the_admin_to_russian_and_back(
    browser, live_server, transactional_db, assert_accessible, javascript
):
    def check(page):
        if javascript:  # axe-core itself is a script
            assert_accessible(page)

    get_user_model().objects.create_superuser("chief", "chief@example.kz", "Chief-pass-2025")
    context = browser.new_context(locale="kk", java_script_enabled=javascript, bypass_csp=True)
    page = context.new_page()
    page.goto(f"{live_server.url}/admin/login/")
    assert page.locator("html").get_attribute("lang") == "kk"
    check(page)
    page.fill("#id_username", "chief")
    page.fill("#id_password", "Chief-pass-2025")
    page.locator("input[type=submit]").click()
    page.wait_for_url(f"{live_server.url}/admin/")

    page.get_by_label("Тіл", exact=True).select_option("ru")
    page.get_by_role("button", name="Тілді ауыстыру").click()
    page.wait_for_url(f"{live_server.url}/admin/")
    assert page.locator("html").get_attribute("lang") == "ru"
    assert page.get_by_role("link", name="Открыть сайт").is_visible()
    check(page)

    page.goto(f"{live_server.url}/admin/events/session/")
    page.get_by_label("Язык", exact=True).select_option("kk")
    page.get_by_role("button", name="Сменить язык").click()
    page.wait_for_url(f"{live_server.url}/admin/events/session/")
    assert page.get_by_role("heading", level=1).inner_text() == "Өзгерту үшін сессия таңдаңыз"
    check(page)
    context.close()
