"""Log in, lockout after repeated failures, log out, password change and reset, invitations."""

import re
import runpy

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client

from partners import services
from partners.models import PartnerAccount
from tests.html import parse
from tests.partners.conftest import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("code", "heading", "button"),
    [
        ("kk", "Серіктес ретінде кіру", "Кіру"),
        ("ru", "Вход для партнёров", "Войти"),
        ("en", "Partner login", "Log in"),
    ],
)
def test_login_page_is_in_the_site_look_and_language(client, db, code, heading, button):
    response = client.get(f"/{code}/partner/login/")
    page = parse(response.content)
    assert (page.html_lang, page.h1) == (code, [heading])
    assert f'<button type="submit">{button}</button>' in response.content.decode()
    assert set(page.hreflang) == {"kk", "ru", "en", "x-default"}


def test_partner_logs_in_and_lands_on_the_dashboard(client, partner_a):
    response = client.post(
        "/en/partner/login/", {"username": "partner-a", "password": PASSWORD}, follow=True
    )
    assert response.redirect_chain == [("/en/partner/", 302)]
    assert parse(response.content).h1 == ["My institutions"]


def test_login_returns_to_the_page_asked_for(client, partner_a, institution_a):
    url = f"/en/partner/institutions/{institution_a.slug}/"
    response = client.post(
        f"/en/partner/login/?next={url}",
        {"username": "partner-a", "password": PASSWORD, "next": url},
    )
    assert response["Location"] == url


def _fail(client, username="partner-a", code="en"):
    return client.post(f"/{code}/partner/login/", {"username": username, "password": "wrong"})


def test_a_wrong_password_shows_the_form_again(client, partner_a):
    response = _fail(client)
    assert response.context["form"].non_field_errors() == [
        "Please enter a correct username and password. Note that both fields may be case-sensitive."
    ]


@pytest.mark.parametrize(
    ("code", "heading"),
    [
        ("kk", "Кіру уақытша бұғатталды"),
        ("ru", "Вход временно заблокирован"),
        ("en", "Login temporarily blocked"),
    ],
)
def test_five_failures_lock_the_account_with_a_clear_message(client, partner_a, code, heading):
    for _ in range(4):
        assert _fail(client, code=code).status_code == 200
    response = _fail(client, code=code)
    assert response.status_code == 429
    assert parse(response.content).h1 == [heading]
    # Even the right password is refused during the lockout.
    response = client.post(
        f"/{code}/partner/login/", {"username": "partner-a", "password": PASSWORD}
    )
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_lockout_message_in_english_names_the_limit_and_period(client, partner_a):
    for _ in range(5):
        response = _fail(client)
    content = response.content.decode()
    assert "Login has failed 5 times in a row" in content
    assert "Please try again in 30 minutes." in content


def test_failures_from_another_address_do_not_lock_the_real_user_out(client, partner_a):
    """Finding 3: five wrong passwords for a known username from one address used to lock the
    account out from everywhere. Now only that address is refused for that username."""
    for _ in range(5):
        response = _fail(client)  # the attacker, at the test client's 127.0.0.1
    assert response.status_code == 429
    elsewhere = Client(REMOTE_ADDR="10.0.0.7")
    response = elsewhere.post("/en/partner/login/", {"username": "partner-a", "password": PASSWORD})
    assert (response.status_code, response["Location"]) == (302, "/en/partner/")


def test_an_address_guessing_many_usernames_is_locked_out_at_its_own_limit(
    client, partner_a, settings
):
    limit = settings.AXES_ADDRESS_FAILURE_LIMIT
    assert limit > settings.AXES_FAILURE_LIMIT
    for number in range(limit - 1):
        assert _fail(client, username=f"guess-{number}").status_code == 200
    assert _fail(client, username="one-more-guess").status_code == 429
    # Every username is refused from that address now, the right password too ...
    response = client.post("/en/partner/login/", {"username": "partner-a", "password": PASSWORD})
    assert response.status_code == 429
    # ... and from another address the partner logs in.
    response = Client(REMOTE_ADDR="10.0.0.8").post(
        "/en/partner/login/", {"username": "partner-a", "password": PASSWORD}
    )
    assert response.status_code == 302


def test_a_success_resets_the_count_of_failures(client, partner_a):
    for _ in range(4):
        _fail(client)
    client.post("/en/partner/login/", {"username": "partner-a", "password": PASSWORD})
    client.post("/en/partner/logout/")
    for _ in range(4):
        assert _fail(client).status_code == 200


def test_the_admin_login_is_protected_too(client, superuser):
    for _ in range(5):
        response = client.post("/admin/login/", {"username": "root", "password": "wrong"})
    assert response.status_code == 429


def test_logout_needs_a_post_and_leads_to_the_login_page(client, partner_a):
    client.force_login(partner_a)
    response = client.post("/en/partner/logout/")
    assert response["Location"] == "/en/partner/login/"
    assert "_auth_user_id" not in client.session


def test_password_change_checks_the_validators(client, partner_a):
    client.force_login(partner_a)
    response = client.post(
        "/en/partner/password/",
        {"old_password": PASSWORD, "new_password1": "12345678", "new_password2": "12345678"},
    )
    assert response.context["form"].errors["new_password2"] == [
        "This password is too common.",
        "This password is entirely numeric.",
    ]
    response = client.post(
        "/en/partner/password/",
        {
            "old_password": PASSWORD,
            "new_password1": "Steppe-wind-and-river-77",
            "new_password2": "Steppe-wind-and-river-77",
        },
    )
    assert response["Location"] == "/en/partner/password/done/"
    partner_a.refresh_from_db()
    assert partner_a.check_password("Steppe-wind-and-river-77")


def _link(body):
    return re.search(r"http://testserver(/\S+)", body).group(1)


def test_password_reset_by_email(client, partner_a):
    response = client.post("/ru/partner/password-reset/", {"email": "partner-a@example.org"})
    assert response["Location"] == "/ru/partner/password-reset/sent/"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["partner-a@example.org"]
    link = _link(mail.outbox[0].body)
    assert link.startswith("/ru/partner/password-reset/")

    form_url = client.get(link)["Location"]
    response = client.post(
        form_url,
        {"new_password1": "Steppe-wind-and-river-77", "new_password2": "Steppe-wind-and-river-77"},
    )
    assert response["Location"] == "/ru/partner/password-reset/complete/"
    partner_a.refresh_from_db()
    assert partner_a.check_password("Steppe-wind-and-river-77")


def test_password_reset_for_an_unknown_address_sends_nothing_and_says_the_same(client, db):
    response = client.post("/en/partner/password-reset/", {"email": "nobody@example.org"})
    assert (response["Location"], mail.outbox) == ("/en/partner/password-reset/sent/", [])


def test_an_invitation_link_sets_the_first_password(
    client, institution_a, django_capture_on_commit_callbacks
):
    user = get_user_model().objects.create(username="partner-new", email="new@example.org")
    account = PartnerAccount.objects.create(user=user)
    account.institutions.add(institution_a)
    with django_capture_on_commit_callbacks(execute=True):
        services.partner_account_invite(account=account, base_url="http://testserver")

    assert mail.outbox[0].to == ["new@example.org"]
    assert "- Alpha University" in mail.outbox[0].body or institution_a.name in mail.outbox[0].body
    account.refresh_from_db()
    assert account.invited_at is not None
    form_url = client.get(_link(mail.outbox[0].body))["Location"]
    client.post(
        form_url,
        {"new_password1": "Steppe-wind-and-river-77", "new_password2": "Steppe-wind-and-river-77"},
    )
    user.refresh_from_db()
    assert user.check_password("Steppe-wind-and-river-77")


def test_staff_send_invitations_from_the_admin(
    client, superuser, partner_a, django_capture_on_commit_callbacks
):
    client.force_login(superuser)
    account = PartnerAccount.objects.get(user=partner_a)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/admin/partners/partneraccount/",
            {"action": "send_invitation", "_selected_action": [account.pk]},
        )
    assert [m.to for m in mail.outbox] == [["partner-a@example.org"]]


@pytest.fixture
def behind_proxies(settings, monkeypatch):
    """Give the running site the address settings that forum_portal/settings.py derives from
    DJANGO_PROXY_COUNT, as a deployment behind that many reverse proxies would have them."""

    def configure(count):
        monkeypatch.setenv("DJANGO_PROXY_COUNT", str(count))
        derived = runpy.run_path(str(settings.BASE_DIR / "forum_portal" / "settings.py"))
        for name in ("AXES_IPWARE_META_PRECEDENCE_ORDER", "AXES_IPWARE_PROXY_COUNT"):
            setattr(settings, name, derived[name])
        settings.IPWARE_STRICT = derived["IPWARE_STRICT"]
        # Five guesses of any usernames lock an address out here (25 in the settings).
        settings.AXES_ADDRESS_FAILURE_LIMIT = 5

    return configure


def _attempted_addresses():
    return sorted({attempt.ip_address for attempt in AccessAttempt.objects.all()})


@pytest.mark.parametrize(
    ("proxies", "appended_by_inner_proxies"),
    [(1, ""), (2, ", 10.0.0.2"), (3, ", 10.0.0.2, 10.0.0.3")],
)
def test_behind_proxies_visitors_are_told_apart_by_the_address_the_proxies_appended(
    client, partner_a, behind_proxies, proxies, appended_by_inner_proxies
):
    behind_proxies(proxies)
    for number, forged in enumerate(["10.9.9.1", "unknown", "10.9.9.3, 10.9.9.4", "", "::1"]):
        client.post(
            "/en/partner/login/",
            {"username": f"guess-{number}", "password": "wrong"},
            # The attacker forges entries on the left each time; the outermost proxy appends
            # the real address (and each proxy inside appends the one before it).
            HTTP_X_FORWARDED_FOR=f"{forged + ', ' if forged else ''}203.0.113.7"
            + appended_by_inner_proxies,
            REMOTE_ADDR="127.0.0.1",
        )
    assert _attempted_addresses() == ["203.0.113.7"]
    other_visitor = Client().post(
        "/en/partner/login/",
        {"username": "partner-a", "password": PASSWORD},
        HTTP_X_FORWARDED_FOR="198.51.100.20" + appended_by_inner_proxies,
        REMOTE_ADDR="127.0.0.1",
    )
    assert other_visitor["Location"] == "/en/partner/"
    attacker = client.post(
        "/en/partner/login/",
        {"username": "guess-9", "password": "wrong"},
        HTTP_X_FORWARDED_FOR="203.0.113.7" + appended_by_inner_proxies,
        REMOTE_ADDR="127.0.0.1",
    )
    assert attacker.status_code == 429


def test_without_a_proxy_a_forged_forwarded_address_is_ignored(client, partner_a, behind_proxies):
    behind_proxies(0)
    for number in range(5):
        client.post(
            "/en/partner/login/",
            {"username": f"guess-{number}", "password": "wrong"},
            HTTP_X_FORWARDED_FOR=f"198.51.100.{number}",
            REMOTE_ADDR="203.0.113.7",
        )
    assert _attempted_addresses() == ["203.0.113.7"]
    other_visitor = Client().post(
        "/en/partner/login/",
        {"username": "partner-a", "password": PASSWORD},
        HTTP_X_FORWARDED_FOR="203.0.113.7",
        REMOTE_ADDR="198.51.100.20",
    )
    assert other_visitor["Location"] == "/en/partner/"
    attacker = client.post(
        "/en/partner/login/",
        {"username": "guess-9", "password": "wrong"},
        HTTP_X_FORWARDED_FOR="198.51.100.99",
        REMOTE_ADDR="203.0.113.7",
    )
    assert attacker.status_code == 429
