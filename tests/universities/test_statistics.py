"""The statistics page on a small directory built here, whose every figure is known in advance
(the demo's counts are checked in test_demo_and_statistics.py)."""

import re

import pytest

from tests.factories import BranchCampusFactory, CityFactory, CountryFactory, InstitutionFactory
from universities.models import BranchCampus

pytestmark = pytest.mark.django_db

Kind = BranchCampus.Kind
Status = BranchCampus.CampusStatus


@pytest.fixture
def directory():
    """Five published campuses and a draft one.

    ===============  =======  =================  =========  ====
    parent's country  city     kind               status     year
    ===============  =======  =================  =========  ====
    United Kingdom    Astana   branch campus      operating  2024
    United Kingdom    Astana   branch campus      operating  2021
    Russia            Astana   joint campus       operating  2024
    Russia            Almaty   branch campus      announced  —
    China             —        Luban Workshop     opening    2026
    United Kingdom    Almaty   (draft: not counted)
    ===============  =======  =================  =========  ====
    """
    uk = CountryFactory(code="GB", name_en="United Kingdom")
    russia = CountryFactory(code="RU", name_en="Russia")
    china = CountryFactory(code="CN", name_en="China")
    astana = CityFactory(name_en="Astana", latitude="51.16940", longitude="71.44910")
    almaty = CityFactory(name_en="Almaty", latitude="43.23890", longitude="76.88970")

    def campus(country, city, kind, campus_status, year, **fields):
        parent = InstitutionFactory(country=country)
        return BranchCampusFactory(
            parent=parent,
            city=city,
            kind=kind,
            campus_status=campus_status,
            year_opened=year,
            **fields,
        )

    campus(uk, astana, Kind.BRANCH_CAMPUS, Status.OPERATING, 2024)
    campus(uk, astana, Kind.BRANCH_CAMPUS, Status.OPERATING, 2021)
    campus(russia, astana, Kind.JOINT_CAMPUS, Status.OPERATING, 2024)
    campus(russia, almaty, Kind.BRANCH_CAMPUS, Status.ANNOUNCED, None)
    campus(china, None, Kind.LUBAN_WORKSHOP, Status.OPENING, 2026)
    campus(uk, almaty, Kind.BRANCH_CAMPUS, Status.OPERATING, 2020, status=BranchCampus.Status.DRAFT)


def _between(text, start, end):
    return text[text.index(start) + len(start) : text.index(end, text.index(start))]


def _table(text, slug):
    """The rows of a chart's table: (label, count) as a visitor reads them."""
    table = _between(text, f'id="chart-{slug}-heading"', "</table>")
    rows = re.findall(r'<th scope="row">(.*?)</th><td>(\d+)</td>', table)
    return [(re.sub(r"<[^>]+>", "", label).strip(), int(count)) for label, count in rows]


def test_every_figure_of_a_known_directory(client, directory):
    text = client.get("/en/campuses/statistics/").text

    assert "<strong>5</strong> branch campuses in this directory" in text
    assert "<strong>3</strong> of them operating" in text
    # Most first, ties in alphabetical order; years in their order, the unknown one last.
    assert _table(text, "country") == [("Russia", 2), ("United Kingdom", 2), ("China", 1)]
    assert _table(text, "city") == [("Astana", 3), ("Almaty", 1), ("not stated", 1)]
    assert _table(text, "kind") == [
        ("Branch campus", 3),
        ("Joint campus or institute", 1),
        ("Luban Workshop", 1),
    ]
    assert _table(text, "status") == [("Operating", 3), ("Announced", 1), ("Opening", 1)]
    assert _table(text, "year") == [
        ("2021", 1),
        ("2024", 2),
        ("2026", 1),
        ("not stated", 1),
    ]


def test_the_charts_say_and_draw_the_same_figures(client, directory):
    text = client.get("/en/campuses/statistics/").text

    assert _between(text, '<desc id="chart-country-desc">', "</desc>") == (
        "Russia: 2; United Kingdom: 2; China: 1"
    )
    country_chart = _between(text, 'id="chart-country-heading"', "</svg>")
    # The longest bar is the chart's width less the room for the figure; the others in proportion.
    assert re.findall(r'class="campus-chart__value">(\d+)<', country_chart) == ["2", "2", "1"]
    assert re.findall(r'<rect x="0" y="24" height="24" width="([\d.]+)"', country_chart) == [
        "540.0",
        "540.0",
        "270.0",
    ]


def test_the_map_marks_each_city_with_its_count(client, directory):
    text = client.get("/en/campuses/statistics/").text

    assert _between(text, '<desc id="campus-map-desc">', "</desc>") == "Astana: 3; Almaty: 1"
    assert text.count('<g class="campus-map__marker">') == 2


def test_an_empty_directory_has_no_figures_to_draw(client, db):
    text = client.get("/en/campuses/statistics/").text

    assert "<strong>0</strong> branch campuses in this directory" in text
    assert _table(text, "country") == []
    assert _between(text, '<desc id="campus-map-desc">', "</desc>") == "No city on the map."
