"""Rate limits (django-ratelimit) on search, password reset and proposals: a translated 429."""

import pytest
from django.core import mail

from tests.html import parse
from tests.partners.conftest import institution_a, partner_a  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db

HEADINGS = {"kk": "Сұраулар тым көп", "ru": "Слишком много запросов", "en": "Too many requests"}


@pytest.mark.parametrize("code", ["kk", "ru", "en"])
def test_search_over_its_rate_gets_the_translated_429_page(client, settings, code):
    settings.PORTAL_RATE_LIMITS = {**settings.PORTAL_RATE_LIMITS, "search": "3/m"}
    # A flood asks different things (the same search again is answered by the page cache).
    for n in range(3):
        assert client.get(f"/{code}/search/", {"q": f"university {n}"}).status_code == 200
    response = client.get(f"/{code}/search/", {"q": "university 3"})
    page = parse(response.content)
    assert (response.status_code, page.html_lang, page.h1) == (429, code, [HEADINGS[code]])


def test_password_reset_is_throttled_per_address_and_per_address_asked_for(client, settings):
    settings.PORTAL_RATE_LIMITS = {
        **settings.PORTAL_RATE_LIMITS,
        "password-reset": "5/h",
        "password-reset-email": "2/h",
    }
    url = "/en/partner/password-reset/"
    statuses = [client.post(url, {"email": "victim@example.org"}).status_code for _ in range(3)]
    assert statuses == [302, 302, 429]  # one e-mail address: two requests an hour
    statuses = [client.post(url, {"email": f"other-{n}@example.org"}).status_code for n in range(3)]
    assert statuses == [302, 302, 429]  # one visitor's address: five requests an hour
    assert mail.outbox == []  # no account has these addresses; nothing was sent either way


def test_the_proposal_form_is_throttled_per_account(client, settings, partner_a):  # noqa: F811
    settings.PORTAL_RATE_LIMITS = {**settings.PORTAL_RATE_LIMITS, "proposal": "2/h"}
    client.force_login(partner_a)
    url = "/en/partner/institutions/alpha-university/propose/"
    statuses = [client.post(url, {"message": f"try {n}"}).status_code for n in range(3)]
    assert statuses[-1] == 429
    assert all(status != 429 for status in statuses[:-1])
    assert client.get(url).status_code == 200  # reading the form is not limited


def test_the_api_answers_429_as_json(rf):
    from forum_portal.views import too_many_requests

    response = too_many_requests(rf.get("/api/news"))
    assert (response.status_code, response["Content-Type"]) == (429, "application/json")
