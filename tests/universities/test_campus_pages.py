"""The public pages of the branch campus directory: what a visitor sees, and bad input."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import (
    BranchCampusFactory,
    CityFactory,
    CountryFactory,
    InstitutionFactory,
    ProgrammeFactory,
)
from tests.html import parse
from universities.models import BranchCampus, Programme

pytestmark = pytest.mark.django_db


def campus_names(response):
    return re.findall(r'<h2><a href="/[a-z]{2}/campuses/[^"]+/">([^<]+)</a></h2>', response.text)


@pytest.fixture
def directory():
    gb = CountryFactory(code="GB", name_en="United Kingdom")
    cn = CountryFactory(code="CN", name_en="China")
    astana = CityFactory(slug="astana", name_en="Astana", name_kk="Астана")
    almaty = CityFactory(slug="almaty", name_en="Almaty", name_kk="Алматы")
    coventry = InstitutionFactory(
        slug="coventry-university", name_en="Coventry University", country=gb
    )
    tianjin = InstitutionFactory(slug="tianjin", name_en="Tianjin Vocational Institute", country=cn)
    campuses = {
        "coventry": BranchCampusFactory(
            slug="coventry-kz",
            name_en="Coventry Kazakhstan",
            parent=coventry,
            city=astana,
            year_opened=2024,
        ),
        "cardiff": BranchCampusFactory(
            slug="cardiff-kz",
            name_en="Cardiff Kazakhstan",
            parent=InstitutionFactory(country=gb),
            city=astana,
            year_opened=2025,
        ),
        "luban": BranchCampusFactory(
            slug="luban-1",
            name_en="Luban Workshop One",
            parent=tianjin,
            city=almaty,
            kind=BranchCampus.Kind.LUBAN_WORKSHOP,
            year_opened=2023,
        ),
        "exeter": BranchCampusFactory(
            slug="exeter",
            name_en="Exeter (announced)",
            parent=InstitutionFactory(country=gb),
            city=None,
            year_opened=None,
            campus_status=BranchCampus.CampusStatus.ANNOUNCED,
        ),
    }
    BranchCampusFactory(slug="draft", name_en="Draft campus", status=BranchCampus.Status.DRAFT)
    ProgrammeFactory(campus=campuses["coventry"], level=Programme.Level.MASTER)
    return campuses


def test_directory_lists_published_campuses_by_name(client, directory):
    response = client.get("/en/campuses/")
    assert campus_names(response) == [
        "Cardiff Kazakhstan",
        "Coventry Kazakhstan",
        "Exeter (announced)",
        "Luban Workshop One",
    ]
    assert "4 branch campuses found." in response.text
    assert parse(response.content).h1 == ["Foreign branch campuses in Kazakhstan"]


def test_filters_by_country_and_city_combine(client, directory):
    response = client.get("/en/campuses/?country=GB&city=astana")
    assert campus_names(response) == ["Cardiff Kazakhstan", "Coventry Kazakhstan"]
    # Each option counts what it would show together with the other filters.
    assert '<option value="GB" selected>United Kingdom (2)</option>' in response.text
    assert '<option value="CN">China (0)</option>' in response.text
    assert '<option value="almaty">Almaty (0)</option>' in response.text
    assert '<option value="astana" selected>Astana (2)</option>' in response.text


def test_filters_by_kind_status_level_field_and_search(client, directory):
    assert campus_names(client.get("/en/campuses/?kind=luban_workshop")) == ["Luban Workshop One"]
    assert campus_names(client.get("/en/campuses/?campus_status=announced")) == [
        "Exeter (announced)"
    ]
    assert campus_names(client.get("/en/campuses/?level=master&field=06")) == [
        "Coventry Kazakhstan"
    ]
    assert campus_names(client.get("/en/campuses/?q=tianjin")) == ["Luban Workshop One"]
    assert campus_names(client.get("/en/campuses/?q=nothing-like-this")) == []


def test_level_and_field_ask_for_one_programme_that_has_both(client, directory):
    coventry = directory["coventry"]
    ProgrammeFactory(
        campus=coventry, level=Programme.Level.BACHELOR, field=Programme.Field.ENGINEERING
    )
    assert campus_names(client.get("/en/campuses/?level=bachelor&field=07")) == [
        "Coventry Kazakhstan"
    ]
    # A master's in ICT and a bachelor's in engineering are no master's in engineering.
    response = client.get("/en/campuses/?level=master&field=07")
    assert campus_names(response) == []
    assert '<option value="master" selected>Master (0)</option>' in response.text
    assert '<option value="bachelor">Bachelor (1)</option>' in response.text
    rows = client.get("/en/campuses/open-data.json?level=master&field=07").json()
    assert rows == []


def test_sorting_by_year(client, directory):
    assert campus_names(client.get("/en/campuses/?sort=-year&city=astana")) == [
        "Cardiff Kazakhstan",
        "Coventry Kazakhstan",
    ]
    assert campus_names(client.get("/en/campuses/?sort=year&country=GB&city=astana")) == [
        "Coventry Kazakhstan",
        "Cardiff Kazakhstan",
    ]


def test_nonsense_filters_and_long_search_give_the_normal_page(client, directory):
    response = client.get("/en/campuses/?country=ZZ&city=%00&kind=x&level=&sort=drop+table")
    assert campus_names(response) == campus_names(client.get("/en/campuses/"))
    # A search longer than the field allows is ignored like any other value it rejects.
    response = client.get("/en/campuses/", {"q": "a" * 2000})
    assert campus_names(response) == campus_names(client.get("/en/campuses/"))


def test_pages_past_the_end_are_not_found_and_not_numbers_show_the_first(client):
    BranchCampusFactory.create_batch(21)
    assert len(campus_names(client.get("/en/campuses/?page=2"))) == 1
    assert client.get("/en/campuses/?page=3").status_code == 404
    first = campus_names(client.get("/en/campuses/"))
    assert len(first) == 20
    assert campus_names(client.get("/en/campuses/?page=abc")) == first
    assert len(campus_names(client.get("/en/campuses/?page=last"))) == 1


def test_filter_state_survives_a_language_switch(client, directory):
    page = parse(client.get("/en/campuses/?country=GB&city=astana").content)
    assert page.hreflang["ru"].endswith("/ru/campuses/?country=GB&city=astana")
    assert page.hreflang["kk"].endswith("/kk/campuses/?country=GB&city=astana")


def test_open_data_links_carry_the_current_filter(client, directory):
    response = client.get("/en/campuses/?country=GB&page=1")
    assert 'href="/en/campuses/open-data.csv?country=GB"' in response.text
    assert 'href="/en/campuses/open-data.json?country=GB"' in response.text


def test_campus_page_shows_parent_partner_city_status_programmes_and_sources(client):
    partner = InstitutionFactory(slug="enu", name_en="L.N. Gumilyov Eurasian National University")
    campus = BranchCampusFactory(
        slug="mgimo-astana",
        name_en="MGIMO Astana Branch",
        parent__name_en="MGIMO University",
        city__name_en="Astana",
        city__latitude="51.16940",
        city__longitude="71.44910",
        host_partner=partner,
        year_opened=2025,
        source_urls="https://example.org/a\nhttps://example.org/b",
    )
    ProgrammeFactory(campus=campus, title_en="Business informatics")
    response = client.get("/en/campuses/mgimo-astana/")
    text = response.text
    assert parse(response.content).h1 == ["MGIMO Astana Branch"]
    assert '<a href="/en/institutions/enu/">L.N. Gumilyov Eurasian National University</a>' in text
    assert f'<a href="{campus.parent.get_absolute_url()}">MGIMO University</a>' in text
    assert "<dd>2025</dd>" in text
    assert '<th scope="row">Business informatics</th><td>Bachelor</td>' in text
    assert '<a href="https://example.org/b" rel="noopener">https://example.org/b</a>' in text
    assert '<desc id="campus-map-desc">Astana</desc>' in text


def test_unknown_or_draft_campus_is_not_found(client, admin_user):
    BranchCampusFactory(slug="draft", status=BranchCampus.Status.DRAFT)
    BranchCampusFactory(slug="published", name_en="Published Kazakhstan")
    assert parse(client.get("/en/campuses/published/").content).h1 == ["Published Kazakhstan"]
    assert client.get("/en/campuses/no-such-campus/").status_code == 404
    assert client.get("/en/campuses/draft/").status_code == 404
    client.force_login(admin_user)
    assert client.get("/en/campuses/draft/").status_code == 200


def test_kazakh_page_marks_names_shown_in_another_language(client):
    BranchCampusFactory(
        slug="dmu", name_kk="", name_ru="", name_en="De Montfort University Kazakhstan"
    )
    response = client.get("/kk/campuses/dmu/")
    assert parse(response.content).h1 == ["De Montfort University Kazakhstan (ағылшын тілінде)"]
    assert (
        '<h1><span lang="en">De Montfort University Kazakhstan</span> '
        '<span class="fallback-note">(ағылшын тілінде)</span></h1>'
    ) in response.text


def test_institution_page_lists_its_campuses_and_those_it_hosts(client):
    parent = InstitutionFactory(slug="coventry-university", name_en="Coventry University")
    host = InstitutionFactory(slug="enu", name_en="ENU")
    BranchCampusFactory(name_en="Coventry Kazakhstan", parent=parent, city__name_en="Astana")
    BranchCampusFactory(name_en="Hidden", parent=parent, status=BranchCampus.Status.DRAFT)
    BranchCampusFactory(name_en="Luban Workshop Two", host_partner=host)
    text = client.get("/en/institutions/coventry-university/").text
    assert re.findall(r'<li><a href="/en/campuses/[^"]+/">([^<]+)</a>', text) == [
        "Coventry Kazakhstan"
    ]
    assert "Its campuses in Kazakhstan" in text
    assert "Luban Workshop Two" in client.get("/en/institutions/enu/").text


def test_navigation_links_to_the_directory(client):
    links = parse(client.get("/en/").content).links
    assert ("/en/campuses/", "Branch campuses") in [(href, text) for href, text, _a in links]


def _query_count(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context)


@pytest.mark.parametrize(
    "url",
    [
        "/en/campuses/",
        "/en/campuses/?country=GB&level=bachelor&q=Campus",
        "/en/campuses/statistics/",
        "/en/campuses/open-data.csv",
        "/en/campuses/open-data.json",
        "/en/institutions/parent/",
        "/en/campuses/campus-0/",
    ],
)
def test_query_count_does_not_grow_with_the_data(client, url):
    gb = CountryFactory(code="GB")
    parent = InstitutionFactory(slug="parent", country=gb)

    def add(n, start):
        for i in range(start, start + n):
            campus = BranchCampusFactory(slug=f"campus-{i}", parent=parent, country=gb)
            ProgrammeFactory.create_batch(2, campus=campus)

    add(5, 0)
    small = _query_count(client, url)
    add(75, 5)
    ProgrammeFactory.create_batch(20, campus=BranchCampus.objects.get(slug="campus-0"))
    assert _query_count(client, url) == small


def test_names_sort_as_shown_including_fallbacks(client):
    BranchCampusFactory(name_kk="", name_ru="", name_en="Chelyabinsk State University Branch")
    BranchCampusFactory(name_kk="", name_ru="Алматинский филиал", name_en="Almaty Branch")
    BranchCampusFactory(name_kk="", name_ru="", name_en="MESI branch")
    names = re.findall(
        r'<h2><a href="/ru/campuses/[^"]+/">(.*?)</a></h2>', client.get("/ru/campuses/").text
    )
    # In the Russian collation, Cyrillic comes before Latin.
    assert names == [
        "Алматинский филиал",
        '<span lang="en">Chelyabinsk State University Branch</span> '
        '<span class="fallback-note">(на английском языке)</span>',
        '<span lang="en">MESI branch</span> '
        '<span class="fallback-note">(на английском языке)</span>',
    ]


def test_open_data_ignores_nonsense_filters(client, directory):
    def slugs(query):
        return [row["slug"] for row in client.get("/en/campuses/open-data.json", query).json()]

    everything = slugs({})
    assert len(everything) == 4
    assert slugs({"country": "GB"}) == ["cardiff-kz", "coventry-kz", "exeter"]
    assert slugs({"country": "ZZ", "q": "x" * 2000}) == everything
    assert slugs({"city": "\x00", "page": "abc"}) == everything
