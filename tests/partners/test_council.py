"""The public Council page, the Council seat on institution pages, partner page query counts."""

import datetime

import pytest
from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from partners.models import CouncilMembership
from tests.factories import (
    CouncilMeetingFactory,
    CouncilMembershipFactory,
    InstitutionFactory,
    PartnerDocumentFactory,
    UpdateProposalFactory,
)
from tests.html import parse

pytestmark = pytest.mark.django_db


def _h3s(content):
    import re

    return re.findall(r"<h3>(.*?)</h3>", content.decode())


def test_members_are_grouped_by_kind_of_institution(client):
    agency = InstitutionFactory(kind="ranking_agency", name_en="Ranking Agency")
    alpha = InstitutionFactory(kind="foreign_university", name_en="Alpha University")
    CouncilMembershipFactory(institution=agency)
    CouncilMembershipFactory(institution=alpha, role="chair")
    response = client.get("/en/council/")
    groups = [(kind, [m.institution for m in items]) for kind, items in response.context["groups"]]
    assert groups == [("Foreign university", [alpha]), ("Ranking agency", [agency])]
    assert parse(response.content).h1 == ["Council of Strategic Partners"]


def test_only_published_current_seats_of_published_institutions_are_shown(client):
    shown = CouncilMembershipFactory()
    CouncilMembershipFactory(status="draft")
    CouncilMembershipFactory(until=datetime.date(2020, 1, 1), since=datetime.date(2019, 1, 1))
    CouncilMembershipFactory(institution=InstitutionFactory(status="draft"))
    response = client.get("/en/council/")
    members = [m for _kind, items in response.context["groups"] for m in items]
    assert members == [shown]


def test_without_members_the_page_says_so_and_invents_nothing(client, db):
    content = client.get("/en/council/").content.decode()
    assert "The list of members has not been published yet." in content
    assert "No meeting has been published yet." in content


def test_meetings_are_shown_newest_first_with_their_decisions(client):
    CouncilMeetingFactory(title_en="Older", date=datetime.date(2024, 10, 18))
    CouncilMeetingFactory(
        title_en="Newer", date=datetime.date(2025, 10, 30), decisions_en="<p>Agreed.</p>"
    )
    CouncilMeetingFactory(title_en="Hidden", status="draft")
    response = client.get("/en/council/")
    assert _h3s(response.content) == ["Newer", "Older"]
    assert "<h4>Decisions and recommendations</h4>" in response.content.decode()


@pytest.mark.parametrize("code", ["kk", "ru", "en"])
def test_council_page_in_each_language(client, db, code):
    page = parse(client.get(f"/{code}/council/").content)
    assert page.html_lang == code
    assert set(page.hreflang) == {"kk", "ru", "en", "x-default"}


def test_council_page_has_a_fixed_number_of_queries(client, db):
    def count():
        with CaptureQueriesContext(connection) as queries:
            client.get("/en/council/")
        return len(queries)

    CouncilMembershipFactory.create_batch(3)
    CouncilMeetingFactory.create_batch(2)
    few = count()
    CouncilMembershipFactory.create_batch(60)
    CouncilMeetingFactory.create_batch(20)
    assert count() == few


def test_council_nav_entry(client, db):
    links = parse(client.get("/en/").content).links
    assert ("/en/council/", "Council") in [(href, text) for href, text, _ in links]
    assert ("/en/partner/login/", "Partner login") in [(href, text) for href, text, _ in links]


def test_council_seat_include_shows_the_current_seat(db):
    institution = InstitutionFactory()
    CouncilMembershipFactory(
        institution=institution, role="co_chair", since=datetime.date(2024, 10, 18)
    )
    CouncilMembershipFactory(institution=institution, status="draft")
    template = Template('{% include "partners/includes/council_seat.html" %}')
    with translation.override("en"):
        html = template.render(Context({"institution": institution}))
    assert "<li>Co-chair · since 2024</li>" in html
    assert html.count("<li>") == 1


def test_council_seat_include_is_empty_without_a_seat(db):
    template = Template('{% include "partners/includes/council_seat.html" %}')
    assert template.render(Context({"institution": InstitutionFactory()})).strip() == ""


def test_partner_institution_page_shows_private_parts(client, partner_a, institution_a):
    CouncilMembershipFactory(institution=institution_a, role="member", status="draft")
    meeting = CouncilMeetingFactory(title_en="II Forum meeting")
    PartnerDocumentFactory(institution=institution_a, meeting=meeting, title_en="Minutes")
    client.force_login(partner_a)
    response = client.get(f"/en/partner/institutions/{institution_a.slug}/")
    content = response.content.decode()
    assert '<li>Member <span class="tag">Not published yet</span></li>' in content
    assert "II Forum meeting" in content
    assert list(response.context["memberships"]) == list(
        CouncilMembership.objects.filter(institution=institution_a)
    )


@pytest.mark.parametrize("view", ["dashboard", "institution"])
def test_partner_pages_have_a_fixed_number_of_queries(client, partner_a, institution_a, view):
    url = (
        "/en/partner/" if view == "dashboard" else f"/en/partner/institutions/{institution_a.slug}/"
    )
    client.force_login(partner_a)
    CouncilMembershipFactory(institution=institution_a)

    def count():
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        return len(queries)

    def add(n):
        UpdateProposalFactory.create_batch(n, institution=institution_a, proposed_by=partner_a)
        PartnerDocumentFactory.create_batch(n, institution=institution_a)
        meeting = CouncilMeetingFactory()
        PartnerDocumentFactory.create_batch(n, institution=institution_a, meeting=meeting)

    add(2)
    few = count()
    add(30)
    assert count() == few


@pytest.mark.parametrize("page", ["abc", "999", "-1"])
def test_bad_page_numbers_on_the_dashboard(client, editor, page):
    client.force_login(editor)
    response = client.get(f"/en/partner/?page={page}")
    assert parse(response.content).h1 == ["Page not found"]


def test_meetings_link_their_public_forum_and_session_and_members_their_speaker(client):
    from tests.factories import SessionFactory, SpeakerFactory

    session = SessionFactory(kind="council_meeting", title_en="Council session")
    CouncilMeetingFactory(forum=session.forum, session=session)
    hidden = SessionFactory(status="draft", title_en="Draft session")
    CouncilMeetingFactory(forum=hidden.forum, session=hidden)
    speaker = SpeakerFactory(name_en="A. Speaker")
    CouncilMembershipFactory(representative=speaker)
    CouncilMembershipFactory(representative=SpeakerFactory(status="draft", name_en="Hidden Person"))

    links = [(href, text) for href, text, _ in parse(client.get("/en/council/").content).links]
    assert (session.get_absolute_url().replace("/kk/", "/en/"), "Council session") in links
    assert (speaker.get_absolute_url().replace("/kk/", "/en/"), "A. Speaker") in links
    assert "Draft session" not in [text for _href, text in links]
    assert "Hidden Person" not in [text for _href, text in links]


def test_public_institution_page_shows_the_council_seat(client):
    institution = InstitutionFactory(slug="gamma-university")
    CouncilMembershipFactory(
        institution=institution, role="chair", since=datetime.date(2024, 10, 18)
    )
    content = client.get("/en/institutions/gamma-university/").content.decode()
    assert '<h2 id="council-seat-title">Council of Strategic Partners</h2>' in content
    assert "<li>Chair · since 2024</li>" in content
