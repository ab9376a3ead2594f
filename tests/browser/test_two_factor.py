"""Two-factor sign-in in a real browser: the pages are accessible in every language, and a
passkey is registered and used through Chromium's virtual authenticator, under the portal's
strict Content-Security-Policy."""

import pytest
from django.contrib.auth import get_user_model
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.models import WebAuthnCredential

from tests.mfa.conftest import current_code

pytestmark = pytest.mark.browser

PASSWORD = "Browser-test-pass-3"


@pytest.fixture
def staff(db, settings):
    settings.STAFF_REQUIRE_2FA = True
    user = get_user_model().objects.create_user("staff-2fa", password=PASSWORD, is_staff=True)
    return user


def _log_in(page, base, code):
    page.goto(f"{base}/{code}/partner/login/")
    page.fill("#id_username", "staff-2fa")
    page.fill("#id_password", PASSWORD)
    page.locator("main form").get_by_role("button").click()


@pytest.mark.parametrize("code", ["kk", "ru", "en"])
def test_enrolment_and_verify_pages_are_accessible(
    page, live_server, staff, assert_accessible, code
):
    base = live_server.url
    _log_in(page, base, code)
    page.wait_for_url(f"{base}/{code}/account/two-factor/?next=**")
    assert page.locator("html").get_attribute("lang") == code
    assert_accessible(page)

    page.locator("a.button[href*='authenticator']").click()
    page.wait_for_url(f"{base}/{code}/account/two-factor/authenticator/?next=**")
    assert page.locator("img.two-factor__qr").evaluate("img => img.naturalWidth") > 0
    assert_accessible(page)
    page.fill("#id_code", "000000")
    page.locator("main form.partner-form button").click()
    assert page.locator("#id_code_error").is_visible()
    assert_accessible(page)

    device = TOTPDevice.objects.get(user=staff)
    page.wait_for_timeout(1100)  # django-otp's wait after a wrong code
    page.fill("#id_code", current_code(device))
    page.locator("main form.partner-form button").click()
    page.wait_for_url(f"{base}/{code}/account/two-factor/recovery-codes/?next=**")
    assert page.locator(".two-factor__codes li").count() == 10
    assert_accessible(page)

    page.locator("main a.button").click()
    page.wait_for_url(f"{base}/{code}/account/two-factor/?next=**")
    assert_accessible(page)

    page.context.clear_cookies()
    _log_in(page, base, code)
    page.wait_for_url(f"{base}/{code}/account/two-factor/verify/?next=**")
    assert_accessible(page)
    page.fill("#id_code", "12345")
    page.locator("main form.partner-form button").click()
    assert page.locator("#id_code_error").is_visible()
    assert_accessible(page)


def test_a_passkey_is_registered_and_then_signs_in(browser, live_server, staff):
    """The full WebAuthn ceremony with Chromium's virtual authenticator (DevTools protocol),
    with the Content-Security-Policy enforced (no ``bypass_csp``)."""
    context = browser.new_context(locale="en-US")
    page = context.new_page()
    page.set_default_timeout(15_000)
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    cdp = context.new_cdp_session(page)
    cdp.send("WebAuthn.enable")
    cdp.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
                "automaticPresenceSimulation": True,
            }
        },
    )
    base = live_server.url
    try:
        _log_in(page, base, "en")
        page.wait_for_url(f"{base}/en/account/two-factor/?next=**")
        page.get_by_role("button", name="Add a passkey").click()
        page.locator(".two-factor__devices li").wait_for()  # the page reloaded with it
        credential = WebAuthnCredential.objects.get(user=staff)
        assert credential.confirmed

        page.get_by_role("button", name="Create recovery codes").click()
        page.wait_for_url(f"{base}/en/account/two-factor/recovery-codes/?next=**")

        context.clear_cookies()
        _log_in(page, base, "en")
        page.wait_for_url(f"{base}/en/account/two-factor/verify/?next=**")
        page.get_by_role("button", name="Use a passkey").click()
        page.wait_for_url(f"{base}/en/partner/")
        page.goto(f"{base}/admin/")
        assert page.locator("#site-name").is_visible()
        credential.refresh_from_db()
        assert credential.last_used_at is not None
        assert not [e for e in errors if "Content Security Policy" in e]
    finally:
        context.close()
