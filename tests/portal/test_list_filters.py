"""Every public list answers bad input the same way (``core.filters``).

A filter value the list cannot use is ignored: the normal list, and a form that looks as if
the value had not been sent. ``?page=`` that is not a number shows the first page, ``last`` the
last one, a number outside the pages is a 404; lists without pages ignore it. Each bad value is
checked beside a valid one that narrows the same list to exactly the expected items.
"""

import datetime
import re

import pytest

from tests.factories import (
    ArticleFactory,
    BranchCampusFactory,
    CityFactory,
    CountryFactory,
    ForumFactory,
    HallFactory,
    ParticipationFactory,
    ProgrammeFactory,
    SessionFactory,
    SpeakerFactory,
    TopicFactory,
)
from universities.models import BranchCampus, Programme

pytestmark = pytest.mark.django_db

DAY1, DAY2 = datetime.date(2025, 10, 29), datetime.date(2025, 10, 30)

URLS = {
    "programme": "/en/forums/ii/programme/",
    "speakers": "/en/speakers/",
    "news": "/en/news/",
    "campuses": "/en/campuses/",
    "export": "/en/campuses/open-data.json",
}
ITEM = re.compile(r'<h[234]><a href="/en/(?:sessions|speakers|news|campuses)/([^/"]+)/">')
FORM = re.compile(r'<form[^>]* class="filters.*?</form>', re.DOTALL)


def get(client, name, query=""):
    response = client.get(f"{URLS[name]}?{query}")
    assert response.status_code == 200, query
    return response


def items(response):
    """The slugs the list shows, in its order."""
    if response["Content-Type"] == "application/json":
        return [row["slug"] for row in response.json()]
    return ITEM.findall(response.text)


def filter_form(response):
    (form,) = FORM.findall(response.text)
    return form


@pytest.fixture
def content():
    forum = ForumFactory(slug="ii", start_date=DAY1, end_date=DAY2)
    ForumFactory(
        slug="i", start_date=datetime.date(2024, 10, 17), end_date=datetime.date(2024, 10, 18)
    )
    plenary = SessionFactory(
        slug="plenary", forum=forum, kind="plenary", day=DAY2, hall=HallFactory(slug="main")
    )
    plenary.topics.add(TopicFactory(slug="ai"))
    SessionFactory(slug="panel", forum=forum, kind="panel", day=DAY1)
    kz, gb, cn = (CountryFactory(code=code) for code in ("KZ", "GB", "CN"))
    aigerim = SpeakerFactory(
        slug="aigerim", name_kk="Әйгерім", name_ru="Айгерим", name_en="Aigerim", country=kz
    )
    ParticipationFactory(speaker=aigerim, session=plenary)
    SpeakerFactory(slug="john", name_en="John", country=gb)
    ArticleFactory(slug="about-ii", forum=forum)
    ArticleFactory(slug="general")
    coventry = BranchCampusFactory(
        slug="coventry",
        name_kk="Ковентри Қазақстан",
        name_en="Coventry Kazakhstan",
        parent__country=gb,
        city=CityFactory(slug="astana"),
        year_opened=2024,
    )
    ProgrammeFactory(campus=coventry, level=Programme.Level.MASTER, field=Programme.Field.ICT)
    luban = BranchCampusFactory(
        slug="luban",
        name_en="Luban Workshop",
        parent__country=cn,
        city=CityFactory(slug="almaty"),
        kind=BranchCampus.Kind.LUBAN_WORKSHOP,
        campus_status=BranchCampus.CampusStatus.ANNOUNCED,
        year_opened=2023,
    )
    ProgrammeFactory(
        campus=luban, level=Programme.Level.VOCATIONAL, field=Programme.Field.ENGINEERING
    )


CAMPUS_FILTERS = [
    ("country=GB", ["coventry"]),
    ("city=almaty", ["luban"]),
    ("kind=luban_workshop", ["luban"]),
    ("campus_status=announced", ["luban"]),
    ("level=master", ["coventry"]),
    ("field=07", ["luban"]),
    ("q=Ковентри", ["coventry"]),  # the Kazakh name, from the English page
    ("sort=year", ["luban", "coventry"]),
]


@pytest.mark.parametrize(
    ("name", "query", "expected"),
    [
        ("programme", "", ["panel", "plenary"]),
        ("programme", "day=2025-10-29", ["panel"]),
        ("programme", "topic=ai", ["plenary"]),
        ("programme", "kind=plenary", ["plenary"]),
        ("programme", "hall=main", ["plenary"]),
        ("speakers", "q=Айгерим", ["aigerim"]),  # the Russian name, from the English page
        ("speakers", "country=GB", ["john"]),
        ("speakers", "forum=ii", ["aigerim"]),
        ("news", "", ["general", "about-ii"]),
        ("news", "forum=ii", ["about-ii"]),
        ("campuses", "", ["coventry", "luban"]),
        *[("campuses", query, expected) for query, expected in CAMPUS_FILTERS],
        ("export", "", ["coventry", "luban"]),
        *[("export", query, expected) for query, expected in CAMPUS_FILTERS],
    ],
)
def test_a_valid_filter_narrows_the_list_to_exactly_its_items(
    client, content, name, query, expected
):
    assert items(get(client, name, query)) == expected


LONG = "x" * 201
BAD_CAMPUS_FILTERS = [
    "country=ZZ",
    "country=gb",
    "city=nowhere",
    "kind=castle",
    "campus_status=closed-ish",
    "level=phd",
    "field=99",
    f"q={LONG}",
    "q=%00",
    "sort=drop+table",
    "country=ZZ&kind=castle&level=",
]


@pytest.mark.parametrize(
    ("name", "query"),
    [
        ("programme", "day=2025-13-45"),
        ("programme", "day=2030-01-01"),
        ("programme", "topic=zz"),
        ("programme", "kind=%3Cscript%3E"),
        ("programme", "hall=%00"),
        ("programme", "day=bad&topic=&kind=x&hall=;"),
        ("speakers", "country=ZZ"),
        ("speakers", "forum=%3Cscript%3E"),
        ("speakers", f"q={LONG}"),
        ("speakers", "q=%00"),
        ("news", "forum=zz"),
        ("news", "forum=%00"),
        *[("campuses", query) for query in BAD_CAMPUS_FILTERS],
        *[("export", query) for query in BAD_CAMPUS_FILTERS],
        *[(name, "nonsense=1") for name in URLS],
    ],
)
def test_a_bad_filter_value_is_ignored_without_an_error(client, content, name, query):
    unfiltered, response = get(client, name), get(client, name, query)
    assert items(unfiltered) != []
    assert items(response) == items(unfiltered)
    if name != "export":
        assert filter_form(response) == filter_form(unfiltered)
        assert "aria-invalid" not in response.text
        assert "<script>" not in response.text


def test_a_bad_value_leaves_the_valid_ones_working(client, content):
    assert items(get(client, "programme", "kind=plenary&day=bad")) == ["plenary"]
    assert items(get(client, "speakers", "country=GB&forum=zz")) == ["john"]
    assert items(get(client, "campuses", "kind=luban_workshop&country=ZZ")) == ["luban"]
    assert items(get(client, "export", "kind=luban_workshop&q=%00")) == ["luban"]


def _grow(name):
    """Rows enough for two pages of the list, all matching ``FILTER[name]``."""
    forum = ForumFactory(slug="ii")
    if name == "speakers":
        SpeakerFactory.create_batch(26, country=CountryFactory(code="GB"))
    elif name == "news":
        ArticleFactory.create_batch(12, forum=forum)
    else:
        BranchCampusFactory.create_batch(22, parent__country=CountryFactory(code="GB"))


PAGE_SIZE = {"speakers": 24, "news": 10, "campuses": 20}
FILTER = {"speakers": "country=GB", "news": "forum=ii", "campuses": "country=GB"}


@pytest.mark.parametrize("name", PAGE_SIZE)
def test_pages_not_a_number_first_last_and_outside_404(client, name):
    _grow(name)
    url, size = URLS[name], PAGE_SIZE[name]
    first, second = items(get(client, name)), items(get(client, name, "page=2"))
    assert (len(first), len(second)) == (size, 2)
    for query in ("page=abc", "page=", "page=1.5"):
        assert items(get(client, name, query)) == first
    assert items(get(client, name, "page=last")) == second
    for page in ("3", "0", "-1", "99999999999999999999"):
        assert client.get(f"{url}?page={page}").status_code == 404


@pytest.mark.parametrize("name", PAGE_SIZE)
def test_page_links_keep_the_filter(client, name):
    _grow(name)
    query = FILTER[name]
    assert f'href="?{query}&amp;page=2"' in get(client, name, query).text
    assert len(items(get(client, name, f"{query}&page=2"))) == 2


@pytest.mark.parametrize("name", ["programme", "export"])
def test_lists_without_pages_ignore_page(client, content, name):
    everything = items(get(client, name))
    assert len(everything) == 2
    for query in ("page=abc", "page=3", "page=0"):
        assert items(get(client, name, query)) == everything
