"""Two-factor sign-in: staff must enrol and then give a second factor; partners may enrol."""

import json
import re
import subprocess
import sys
from datetime import timedelta

import pytest
from django.conf import settings as django_settings
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.models import WebAuthnCredential

from forum_portal.mfa import policy
from tests.html import parse
from tests.mfa.conftest import (
    PASSWORD,
    admin_login,
    current_code,
    enrolled,
    partner_login,
)

pytestmark = pytest.mark.django_db

SETUP = "/en/account/two-factor/"
VERIFY = "/en/account/two-factor/verify/"
AUTHENTICATOR = "/en/account/two-factor/authenticator/"
RECOVERY = "/en/account/two-factor/recovery-codes/"


def field_errors(response, field="code"):
    return response.context["form"].errors.get(field)


# --- Staff without a second factor ---


def test_staff_without_a_second_factor_is_sent_to_enrol_after_the_password(client, editor):
    response = admin_login(client)
    assert response["Location"] == "/admin/"
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == f"{SETUP}?next=%2Fadmin%2F"
    page = client.get(response["Location"])
    assert parse(page.content).h1 == ["Two-factor sign-in"]
    assert "Staff accounts need a second factor." in page.content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/admin/",
        "/admin/events/forum/",
        "/admin/auth/user/",
        "/admin/password_change/",
        "/admin/login/",
        "/en/partner/",
        "/en/partner/password/",
        "/en/",
    ],
)
def test_until_enrolled_staff_reach_nothing_but_the_enrolment(client, editor, url):
    admin_login(client)
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(SETUP + "?next=")


def test_until_enrolled_a_post_to_the_admin_changes_nothing(client, editor):
    admin_login(client)
    response = client.post("/admin/events/topic/add/", {"title_kk": "x", "title_en": "x"})
    assert response.status_code == 302 and response["Location"].startswith(SETUP)
    from events.models import Topic

    assert not Topic.objects.exists()


def test_staff_may_log_out_without_enrolling(client, editor):
    admin_login(client)
    response = client.post("/en/partner/logout/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


# --- Enrolling an authenticator app (TOTP), end to end ---


def test_enrolling_an_authenticator_app_end_to_end(client, editor):
    admin_login(client)
    page = client.get(f"{AUTHENTICATOR}?next=/admin/")
    assert page.status_code == 200
    html = page.content.decode()
    # The QR code is made on the server and shown as an image: no script, no outside request.
    assert re.search(r'<img src="data:image/svg\+xml;base64,[A-Za-z0-9+/=]+"', html)
    device = TOTPDevice.objects.get(user=editor)
    assert not device.confirmed
    assert "otpauth://" not in html  # the key is in the QR code and typed below, nothing else

    response = client.post(AUTHENTICATOR, {"code": current_code(device), "next": "/admin/"})
    assert response["Location"] == f"{RECOVERY}?next=%2Fadmin%2F"
    device.refresh_from_db()
    assert device.confirmed

    codes_page = client.get(response["Location"])
    codes = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", codes_page.content.decode())
    assert len(codes) == 10
    assert sorted(codes) == sorted(StaticToken.objects.values_list("token", flat=True))
    # Shown once only.
    assert client.get(RECOVERY)["Location"].startswith(SETUP)

    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("kk", "Бұл код дұрыс емес. Тексеріп, қайталап көріңіз."),
        ("ru", "Код неверный. Проверьте его и попробуйте снова."),
        ("en", "This code is not correct. Check it and try again."),
    ],
)
def test_a_wrong_code_is_refused_with_a_translated_message_and_nothing_changes(
    client, editor, code, message
):
    admin_login(client, code=code)
    url = f"/{code}/account/two-factor/authenticator/"
    client.get(url)
    device = TOTPDevice.objects.get(user=editor)
    wrong = f"{(int(current_code(device)) + 1) % 1_000_000:06d}"
    response = client.post(url, {"code": wrong})
    assert response.status_code == 200
    assert field_errors(response) == [message]
    device.refresh_from_db()
    assert not device.confirmed
    assert not StaticToken.objects.exists()
    assert client.get("/admin/").status_code == 302


@pytest.mark.parametrize("bad", ["", " ", "abc", "1" * 64, "\x00", "<script>", "12345678901"])
def test_any_input_is_a_clear_error_not_a_crash(client, editor, bad):
    admin_login(client)
    client.get(AUTHENTICATOR)
    response = client.post(AUTHENTICATOR, {"code": bad})
    assert response.status_code == 200
    assert field_errors(response)


# --- Signing in with a second factor ---


def test_login_with_an_authenticator_app_asks_for_its_code(client, editor):
    device = enrolled(editor)
    admin_login(client)
    response = client.get("/admin/")
    assert response["Location"] == f"{VERIFY}?next=%2Fadmin%2F"
    page = client.get(response["Location"])
    assert parse(page.content).h1 == ["Confirm it is you"]
    # Enrolling another factor is not a way around the one the user has.
    assert client.get(AUTHENTICATOR)["Location"].startswith(VERIFY)
    assert client.post(RECOVERY)["Location"].startswith(VERIFY)

    response = client.post(VERIFY, {"code": current_code(device), "next": "/admin/"})
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_a_code_is_accepted_once(client, editor):
    device = enrolled(editor)
    code = current_code(device)
    admin_login(client)
    assert client.post(VERIFY, {"code": code})["Location"] == "/admin/"
    client.post("/en/partner/logout/")
    admin_login(client)
    response = client.post(VERIFY, {"code": code})
    assert response.status_code == 200
    assert field_errors(response) == ["This code is not correct. Check it and try again."]


def test_guessing_codes_is_slowed_down(client, editor, clock):
    device = enrolled(editor)
    admin_login(client)
    client.post(VERIFY, {"code": "000000" if current_code(device) != "000000" else "111111"})
    response = client.post(VERIFY, {"code": current_code(device)})
    assert field_errors(response) == ["Too many wrong codes. Wait a minute and try again."]


def test_next_never_leads_off_the_site(client, editor):
    device = enrolled(editor)
    admin_login(client)
    response = client.post(VERIFY, {"code": current_code(device), "next": "https://evil.example/"})
    assert response["Location"] == "/admin/"


def test_a_recovery_code_works_once(client, editor, clock):
    enrolled(editor)
    codes = policy.new_recovery_codes(editor)
    admin_login(client)
    response = client.post(VERIFY, {"code": codes[0].upper(), "next": "/admin/"})
    assert response["Location"] == "/admin/"
    page = client.get("/admin/")
    assert page.status_code == 200
    assert policy.remaining_recovery_codes(editor) == 9

    client.post("/en/partner/logout/")
    admin_login(client)
    response = client.post(VERIFY, {"code": codes[0]})
    assert field_errors(response) == ["This code is not correct. Check it and try again."]
    assert client.get("/admin/").status_code == 302
    clock.advance(timedelta(seconds=2))  # the wait after a wrong code (django-otp's throttle)
    assert client.post(VERIFY, {"code": codes[1]})["Location"] == "/admin/"


def test_removing_the_last_factor_takes_the_recovery_codes_and_asks_to_enrol_again(client, editor):
    device = enrolled(editor)
    policy.new_recovery_codes(editor)
    admin_login(client)
    client.post(VERIFY, {"code": current_code(device)})
    response = client.post("/en/account/two-factor/authenticator/remove/")
    assert response["Location"].startswith(SETUP)
    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert policy.remaining_recovery_codes(editor) == 0
    assert client.get("/admin/")["Location"].startswith(SETUP)


def test_an_administrator_resets_a_lost_second_factor(client, editor):
    enrolled(editor)
    policy.new_recovery_codes(editor)
    root = editor.__class__.objects.create_superuser("root", "root@example.org", PASSWORD)
    device = enrolled(root)
    admin_login(client, "root")
    client.post(VERIFY, {"code": current_code(device)})
    response = client.post(
        "/admin/auth/user/",
        {"action": "reset_two_factor", "_selected_action": [editor.pk]},
        follow=True,
    )
    assert "Two-factor sign-in reset for 1 user" in response.content.decode()
    assert not policy.has_second_factor(editor)
    assert policy.remaining_recovery_codes(editor) == 0


# --- Partners: optional ---


def test_partners_need_no_second_factor(client, partner):
    response = partner_login(client)
    assert response["Location"] == "/en/partner/"
    assert client.get("/en/partner/").status_code == 200


def test_a_partner_who_enrolled_is_asked_for_the_code(client, partner):
    partner_login(client)
    page = client.get("/en/partner/")
    assert b'href="/en/account/two-factor/"' in page.content  # the partner menu links to it
    client.get(AUTHENTICATOR)
    device = TOTPDevice.objects.get(user=partner)
    client.post(AUTHENTICATOR, {"code": current_code(device)})
    client.post("/en/partner/logout/")

    assert partner_login(client)["Location"] == "/en/partner/"
    assert client.get("/en/partner/")["Location"] == f"{VERIFY}?next=%2Fen%2Fpartner%2F"


# --- Debug mode: the demo logins ---


def test_without_the_requirement_staff_sign_in_with_the_password_alone(client, editor, settings):
    settings.STAFF_REQUIRE_2FA = False
    admin_login(client)
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize(
    ("environment", "required"),
    [
        ({"DJANGO_DEBUG": "1"}, False),
        ({"DJANGO_DEBUG": "0"}, True),
        ({"DJANGO_DEBUG": "0", "STAFF_REQUIRE_2FA": "0"}, False),
    ],
)
def test_the_requirement_is_off_only_in_debug_mode_by_default(environment, required):
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SECRET_KEY": "x" * 50,
        "DJANGO_SETTINGS_MODULE": "forum_portal.settings",
        **environment,
    }
    script = "from forum_portal import settings; print(settings.STAFF_REQUIRE_2FA)"
    out = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        cwd=django_settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.strip() == str(required)


# --- Passkeys (WebAuthn): the options endpoints and the pages ---

WEBAUTHN = "/en/account/two-factor/webauthn"


def a_passkey(user):
    return WebAuthnCredential.objects.create(
        user=user,
        name="passkey",
        confirmed=True,
        credential_id=b"credential-1",
        public_key=b"key",
        transports=["internal"],
    )


def test_registration_options_name_the_portal_and_the_user(client, editor):
    admin_login(client)
    response = client.post(f"{WEBAUTHN}/registration/begin/")
    assert response.status_code == 200
    options = response.json()
    assert options["rp"] == {"name": "Forum portal", "id": "testserver"}
    assert options["user"]["name"] == "editor"
    assert len(options["challenge"]) >= 22


def test_authentication_options_list_the_users_passkeys(client, editor):
    a_passkey(editor)
    admin_login(client)
    page = client.get(f"{VERIFY}?next=/admin/")
    assert b'id="passkey-verification-button"' in page.content
    assert b'src="/static/django_otp_webauthn/otp_webauthn_auth.js"' in page.content
    response = client.post(f"{WEBAUTHN}/authentication/begin/")
    assert response.status_code == 200
    options = response.json()
    assert options["rpId"] == "testserver"
    assert [c["type"] for c in options["allowCredentials"]] == ["public-key"]


def test_the_passkey_button_is_offered_only_to_users_with_a_passkey(client, editor):
    enrolled(editor)
    admin_login(client)
    assert b"passkey-verification-button" not in client.get(VERIFY).content


def test_registering_a_passkey_is_no_way_around_the_second_factor(client, editor):
    enrolled(editor)
    admin_login(client)
    response = client.post(f"{WEBAUTHN}/registration/begin/")
    assert response.status_code == 302 and response["Location"].startswith(VERIFY)


def test_no_passkey_signs_anybody_in_without_a_password(client, editor):
    a_passkey(editor)
    response = client.post(f"{WEBAUTHN}/authentication/begin/")
    assert response.status_code == 403
    assert "_auth_user_id" not in client.session


def test_the_admin_links_to_the_two_factor_settings(client, editor, settings):
    settings.STAFF_REQUIRE_2FA = False
    admin_login(client)
    assert b'<a href="/en/account/two-factor/">' in client.get("/admin/").content


@pytest.mark.parametrize(
    ("code", "text"),
    [("kk", "Кіру кілтін тіркеу"), ("ru", "Зарегистрировать ключ доступа")],
)
def test_the_passkey_scripts_speak_the_pages_language(client, code, text):
    response = client.get(f"/{code}/account/two-factor/webauthn/jsi18n/")
    assert response.status_code == 200
    assert json.dumps(text) in response.content.decode()  # as the catalog writes it


@pytest.mark.parametrize(
    "bad_next",
    ["/admin/\nSet-Cookie: x=1", "/admin/\x00", "//evil.example", "javascript:x", "x" * 5000],
)
def test_a_bad_next_is_ignored_not_a_crash(client, editor, bad_next):
    device = enrolled(editor)
    admin_login(client)
    page = client.get(VERIFY, {"next": bad_next})
    assert page.status_code == 200
    response = client.post(VERIFY, {"code": current_code(device), "next": bad_next})
    assert response.status_code == 302
    location = response["Location"]
    assert location.startswith("/") and not location.startswith("//")
    assert "\n" not in location and "\x00" not in location
