"""The back office's language is chosen in its header and remembered per user; dates read as
the language writes them (day, month name, year, 24-hour time) in the admin and the partner
area alike."""

import datetime
import json

import pytest
from django.test import Client
from django.utils import timezone

from forum_portal.models import UserPreference
from partners.models import UpdateProposal
from tests.backoffice.admin_html import attrs, find, find_all, text, tree
from tests.factories import PartnerAccountFactory, UpdateProposalFactory, UserFactory

pytestmark = pytest.mark.django_db

# 1 December 2026, 18:13 in Almaty: an evening time, so a 12-hour clock would show.
EVENING = timezone.make_aware(datetime.datetime(2026, 12, 1, 18, 13))
LONG_DATES = [("kk", "1 желтоқсан 2026 ж., 18:13"), ("ru", "1 декабря 2026 г. 18:13")]


@pytest.fixture
def superuser():
    return UserFactory(username="chief", is_staff=True, is_superuser=True)


def _get(client, url, browser="kk"):
    return tree(client.get(url, HTTP_ACCEPT_LANGUAGE=browser).content)


def _language_form(page):
    header = find(page, "header", id="header")
    form = find(header, "form", class_="admin-language")
    assert form is not None, "no language choice in the admin header"
    return form


def _lang(page):
    return attrs(find(page, "html"))["lang"]


def test_the_header_offers_every_language_in_its_own_name_without_javascript(client, superuser):
    client.force_login(superuser)
    form = _language_form(_get(client, "/admin/"))
    assert (attrs(form)["method"], attrs(form)["action"]) == ("post", "/admin/language/")
    assert find(form, "input", name="csrfmiddlewaretoken")
    assert attrs(find(form, "input", name="next"))["value"] == "/admin/"
    label = find(form, "label")
    assert (text(label), attrs(label)["for"]) == ("Тіл", "admin-language")
    assert attrs(find(form, "select"))["id"] == "admin-language"
    options = [(attrs(o)["value"], attrs(o)["lang"], text(o)) for o in find_all(form, "option")]
    assert options == [("kk", "kk", "Қазақша"), ("ru", "ru", "Русский"), ("en", "en", "English")]
    assert [attrs(o)["value"] for o in find_all(form, "option") if "selected" in attrs(o)] == ["kk"]
    assert text(find(form, "button", type="submit")) == "Тілді ауыстыру"


def test_the_login_page_offers_the_choice_too(client):
    _language_form(_get(client, "/admin/login/"))
    response = client.post("/admin/language/", {"language": "ru", "next": "/admin/login/"})
    assert response.status_code == 302 and response["Location"] == "/admin/login/"
    page = _get(client, "/admin/login/")
    assert _lang(page) == "ru"
    assert attrs(find(page, "input", type="submit"))["value"] == "Войти"


def test_the_choice_is_remembered_for_the_user_in_a_new_browser(client, superuser):
    client.force_login(superuser)
    response = client.post("/admin/language/", {"language": "ru", "next": "/admin/auth/user/"})
    assert response.status_code == 302 and response["Location"] == "/admin/auth/user/"
    assert UserPreference.objects.get(user=superuser).admin_language == "ru"
    page = _get(client, "/admin/auth/user/")
    assert _lang(page) == "ru"
    assert text(find(page, "h1")) == "Выберите пользователь для изменения"

    # Another browser: no cookie, a Kazakh browser; the login brings the user's choice back.
    other = Client()
    other.force_login(superuser)
    page = _get(other, "/admin/")
    assert _lang(page) == "ru"
    assert "Открыть сайт" in text(find(page, "div", id="user-tools"))
    selected = [o for o in find_all(_language_form(page), "option") if "selected" in attrs(o)]
    assert [attrs(o)["value"] for o in selected] == ["ru"]


def test_the_public_site_keeps_the_language_of_its_address(client, superuser):
    client.force_login(superuser)
    client.post("/admin/language/", {"language": "en", "next": "/admin/"})
    assert _lang(_get(client, "/kk/")) == "kk"
    assert _lang(_get(client, "/ru/")) == "ru"


@pytest.mark.parametrize(
    "data",
    [
        {"language": "xx", "next": "/admin/"},
        {"language": "", "next": "/admin/"},
        {"language": "ru", "next": "https://evil.example.org/"},
        {"language": "ru\x00", "next": "/admin/\x00"},
        {},
    ],
)
def test_bad_input_changes_nothing_it_should_not_and_never_fails(client, superuser, data):
    client.force_login(superuser)
    response = client.post("/admin/language/", data)
    assert response.status_code == 302
    assert "evil" not in response["Location"]
    stored = UserPreference.objects.filter(user=superuser).values_list("admin_language", flat=True)
    assert list(stored) == (["ru"] if data.get("language") == "ru" else [])


def test_the_choice_needs_a_post(client, superuser):
    client.force_login(superuser)
    assert client.get("/admin/language/?language=ru").status_code == 405
    assert not UserPreference.objects.exists()


def _choose(client, user, language):
    client.force_login(user)
    client.post("/admin/language/", {"language": language, "next": "/admin/"})


@pytest.mark.parametrize(("language", "expected"), LONG_DATES)
def test_the_admin_writes_dates_in_the_language_with_a_24_hour_clock(
    client, superuser, language, expected
):
    proposal = UpdateProposalFactory()
    UpdateProposal.objects.filter(pk=proposal.pk).update(created_at=EVENING)
    _choose(client, superuser, language)
    page = _get(client, "/admin/partners/updateproposal/")
    assert expected in text(find(page, "table", id="result_list"))
    assert "p.m." not in text(page) and "Т.Қ." not in text(page)


@pytest.mark.parametrize(("language", "expected"), LONG_DATES)
def test_the_partner_area_writes_dates_in_the_language_with_a_24_hour_clock(
    client, language, expected
):
    account = PartnerAccountFactory()
    proposal = UpdateProposalFactory(proposed_by=account.user)
    account.institutions.set([proposal.institution])
    UpdateProposal.objects.filter(pk=proposal.pk).update(created_at=EVENING, reviewed_at=EVENING)
    client.force_login(account.user)
    page_text = text(_get(client, f"/{language}/partner/proposals/{proposal.pk}/"))
    assert page_text.count(expected) == 2, page_text
    assert "12/01/2026" not in page_text
    listing = text(_get(client, f"/{language}/partner/"))
    assert expected in listing or "12/01/2026" not in listing


def test_the_admin_calendar_speaks_kazakh_and_writes_day_month_year(client, superuser):
    _choose(client, superuser, "kk")
    catalog = " ".join(client.get("/admin/jsi18n/").content.decode().split())
    assert '"DATE_INPUT_FORMATS": [ "%d.%m.%Y",' in catalog
    assert '"DATETIME_INPUT_FORMATS": [ "%d.%m.%Y %H:%M:%S",' in catalog
    assert '"FIRST_DAY_OF_WEEK": 1,' in catalog
    for month in ("Желтоқсан", "Қаңтар"):
        assert json.dumps(month) in catalog
    assert json.dumps("Күнді таңдаңыз") in catalog
