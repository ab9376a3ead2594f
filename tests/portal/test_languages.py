import pytest
from django.urls import reverse

from tests.html import parse

pytestmark = pytest.mark.django_db


def _is_switch_link(href):
    return href.startswith("/i18n/switch/")


LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [("", "/kk/"), ("ru-RU,ru;q=0.9", "/ru/"), ("en-GB,en;q=0.8", "/en/"), ("de-DE", "/kk/")],
)
def test_root_redirects_to_the_visitors_language(client, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_root_redirect_follows_the_language_the_visitor_chose(client):
    client.get("/i18n/switch/ru/?next=/kk/")
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert response["Location"] == "/ru/"


@pytest.mark.parametrize("code", ["kk", "ru", "en"])
def test_every_page_declares_its_language_and_alternates(client, code):
    page = parse(client.get(f"/{code}/accessibility/").content)
    assert page.html_lang == code
    assert page.hreflang == {
        "kk": "http://testserver/kk/accessibility/",
        "ru": "http://testserver/ru/accessibility/",
        "en": "http://testserver/en/accessibility/",
        "x-default": "http://testserver/kk/accessibility/",
    }
    assert page.canonical == f"http://testserver/{code}/accessibility/"


def test_switcher_links_lead_to_the_same_page_in_each_other_language(client):
    page = parse(client.get("/ru/accessibility/?x=1").content)
    switch = {attrs["hreflang"]: href for href, _text, attrs in page.links if _is_switch_link(href)}
    assert switch == {
        "kk": "/i18n/switch/kk/?next=/ru/accessibility/%3Fx%3D1",
        "en": "/i18n/switch/en/?next=/ru/accessibility/%3Fx%3D1",
    }
    response = client.get(switch["en"])
    assert response.status_code == 302
    assert response["Location"] == "/en/accessibility/?x=1"
    assert response.cookies["django_language"].value == "en"


def test_switcher_names_each_language_in_that_language(client):
    page = parse(client.get("/en/").content)
    names = {attrs["lang"]: text for href, text, attrs in page.links if _is_switch_link(href)}
    assert names == {"kk": LANGUAGE_NAMES["kk"], "ru": LANGUAGE_NAMES["ru"]}


@pytest.mark.parametrize(
    "next_url",
    ["https://evil.example/", "//evil.example/kk/", "/\\evil.example", "javascript:alert(1)"],
)
def test_switcher_refuses_a_next_that_leaves_the_site(client, next_url):
    response = client.get("/i18n/switch/en/", {"next": next_url})
    assert response.status_code == 400
    assert "Location" not in response
    assert parse(response.content).h1 == ["Bad request"]


def test_switcher_sends_an_unknown_path_to_the_languages_home(client):
    response = client.get("/i18n/switch/ru/", {"next": "/kk/no-such-page/"})
    assert response["Location"] == "/ru/"


def test_switcher_rejects_an_unknown_language(client):
    assert client.get("/i18n/switch/en/?next=/kk/")["Location"] == "/en/"
    assert client.get("/i18n/switch/de/?next=/kk/").status_code == 404


@pytest.mark.parametrize(
    ("code", "heading"),
    [
        ("kk", "Қазақстан – академиялық білім аймағы"),
        ("ru", "Казахстан – территория академических знаний"),
        ("en", "Kazakhstan – Territory of Academic Knowledge"),
    ],
)
def test_home_page_is_in_the_requested_language(client, code, heading):
    response = client.get(reverse("home") if code == "kk" else f"/{code}/")
    page = parse(response.content)
    assert response.status_code == 200
    assert page.h1 == [heading]
    assert page.html_lang == code
