"""The demo content of the 37 sourced campuses, and the statistics page that counts them."""

import csv
import re
import xml.etree.ElementTree as ET

import pytest
from django.contrib.staticfiles import finders
from django.core.management import CommandError, call_command

import universities.demo
from tests.factories import BranchCampusFactory, CityFactory
from tests.html import parse
from universities import kazakhstan_map
from universities.models import BranchCampus, City, Institution

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db):
    call_command("load_demo", verbosity=0)


def test_demo_loads_every_row_with_its_status(demo):
    assert BranchCampus.objects.count() == 37
    assert BranchCampus.objects.published().count() == 37
    assert set(BranchCampus.objects.announced().values_list("slug", flat=True)) == {
        "university-of-exeter-announced-branch",
        "university-of-glasgow-announced-branch",
        "university-of-minnesota-partnership-kostanay-region",
        "kaist-satbayev-university-rare-earth-materials-processing-centre-planned",
    }
    assert set(BranchCampus.objects.opening().values_list("slug", flat=True)) == {
        "arizona-state-university-campus-almaty",
        "arizona-state-university-second-branch-honors-college-at-auezov-university",
        "colorado-school-of-mines-programmes-at-new-technical-university-in-zhezkazgan",
    }
    assert BranchCampus.objects.operating().count() == 30


def test_demo_keeps_russian_names_sources_and_leaves_unknown_kazakh_empty(demo):
    msu = BranchCampus.objects.get(slug="lomonosov-moscow-state-university-kazakhstan-branch")
    assert msu.name_ru == (
        "Казахстанский филиал Московского государственного университета имени М.В. Ломоносова"
    )
    assert msu.name_kk in ("", None)
    assert msu.parent.slug == "lomonosov-moscow-state-university"
    assert msu.website == "https://www.msu.kz"
    assert all(c.sources for c in BranchCampus.objects.all())
    oskemen = City.objects.get(slug="oskemen")
    assert (oskemen.name_kk, oskemen.name_ru, oskemen.name_en) == (
        "Өскемен",
        "Усть-Каменогорск",
        "Oskemen",
    )
    assert (
        Institution.objects.get(slug="heriot-watt-university").name_en == "Heriot-Watt University"
    )
    assert Institution.objects.get(slug="coventry-university").country.code == "GB"
    assert BranchCampus.objects.get(slug__startswith="luban-workshop-3rd").parent is None


def test_demo_fallback_is_marked_on_the_kazakh_page(client, demo):
    response = client.get("/kk/campuses/lomonosov-moscow-state-university-kazakhstan-branch/")
    assert parse(response.content).h1 == [
        "Казахстанский филиал Московского государственного университета имени М.В. Ломоносова"
        " (орыс тілінде)"
    ]
    assert '<h1><span lang="ru">Казахстанский филиал' in response.text


def test_demo_is_idempotent_and_keeps_editors_changes(demo):
    campus = BranchCampus.objects.get(slug="cardiff-university-kazakhstan")
    campus.name_kk = "Кардифф университеті Қазақстан"
    campus.campus_status = BranchCampus.CampusStatus.CLOSED
    campus.save()
    call_command("load_demo", verbosity=0)
    assert BranchCampus.objects.count() == 37
    campus.refresh_from_db()
    assert campus.name_kk == "Кардифф университеті Қазақстан"
    assert campus.campus_status == BranchCampus.CampusStatus.CLOSED


def test_every_campus_keeps_the_sources_and_confidence_of_its_csv_row(demo):
    with open(universities.demo.CAMPUS_TABLE, encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    campuses = {c.name_en: c for c in BranchCampus.objects.select_related("country")}
    assert sorted(campuses) == sorted(row["name_en"] for row in rows)
    for row in rows:
        campus = campuses[row["name_en"]]
        assert campus.sources == [url.strip() for url in row["source_url"].split(" ; ")]
        assert (campus.confidence, campus.country.name_en, campus.website) == (
            row["confidence"],
            row["country_of_origin"],
            row["website"],
        )


def test_a_campus_an_editor_changed_is_not_overwritten_by_the_csv(demo):
    BranchCampus.objects.filter(slug="coventry-university-kazakhstan").update(
        name_en="Coventry University Astana", year_opened=2023, website="", confidence="medium"
    )
    call_command("load_demo", verbosity=0)
    campus = BranchCampus.objects.get(slug="coventry-university-kazakhstan")
    assert (campus.name_en, campus.year_opened, campus.website, campus.confidence) == (
        "Coventry University Astana",
        2023,
        "",
        "medium",
    )
    assert BranchCampus.objects.count() == 37


def _table(text, slug):
    section = text[text.index(f'id="chart-{slug}-heading"') :]
    section = section[: section.index("</table>")]
    return [
        (re.sub(r"<[^>]+>", "", label).strip(), int(count))
        for label, count in re.findall(r'<th scope="row">(.*?)</th><td>(\d+)</td>', section)
    ]


def test_statistics_page_shows_the_real_counts_and_the_ministry_total(client, demo):
    response = client.get("/en/campuses/statistics/")
    text = response.text
    assert parse(response.content).h1 == ["Branch campuses in figures"]
    assert "<strong>37</strong> branch campuses in this directory" in text
    assert "<strong>30</strong> of them operating" in text
    assert "The ministry's own total is 40 branches of foreign universities" in text
    assert _table(text, "country") == [
        ("Russia", 9),
        ("China", 6),
        ("United Kingdom", 6),
        ("United States", 6),
        ("Republic of Korea", 4),
        ("France", 2),
        ("Germany", 1),
        ("Italy", 1),
        ("Turkey", 1),
        ("Uzbekistan", 1),
    ]
    assert sum(count for _label, count in _table(text, "city")) == 37
    assert ("not stated", 3) in _table(text, "city")
    assert _table(text, "status") == [("Operating", 30), ("Announced", 4), ("Opening", 3)]


def test_charts_are_accessible_images_with_the_table_beside_them(client):
    BranchCampusFactory(parent__country__name_en="Italy", city__name_en="Taldykorgan")
    text = client.get("/en/campuses/statistics/").text
    assert (
        '<svg viewBox="0 0 600 56" role="img" aria-labelledby="chart-country-title '
        'chart-country-desc" class="campus-chart__svg">' in text
    )
    assert '<title id="chart-country-title">Branch campuses by country of origin</title>' in text
    assert '<desc id="chart-country-desc">Italy: 1</desc>' in text


def test_map_places_cities_by_their_coordinates_inside_the_outline():
    west_x, north_y = kazakhstan_map.project(kazakhstan_map.NORTH, kazakhstan_map.WEST)
    east_x, south_y = kazakhstan_map.project(kazakhstan_map.SOUTH, kazakhstan_map.EAST)
    assert (west_x, north_y) == (0, 0)
    assert (east_x, south_y) == (kazakhstan_map.WIDTH, kazakhstan_map.HEIGHT)
    almaty = kazakhstan_map.project(43.2389, 76.8897)
    astana = kazakhstan_map.project(51.1694, 71.4491)
    assert almaty[0] > astana[0] and almaty[1] > astana[1]  # south-east of the capital


def test_map_outline_is_the_static_svg_in_the_projection_box(client):
    svg = ET.parse(finders.find(kazakhstan_map.OUTLINE)).getroot()
    assert svg.get("viewBox") == f"0 0 {kazakhstan_map.WIDTH} {kazakhstan_map.HEIGHT:g}"
    outline = svg.find("{http://www.w3.org/2000/svg}path")
    assert outline.get("id") == "outline"
    assert outline.get("d").startswith("M70.2,309.3L")
    text = client.get("/en/campuses/statistics/").text
    assert '<use class="campus-map__land" href="/static/img/kazakhstan.svg#outline"/>' in text


def test_map_marks_each_host_city_once_with_its_count(client):
    astana = CityFactory(name_en="Astana", latitude="51.16940", longitude="71.44910")
    BranchCampusFactory.create_batch(2, city=astana)
    BranchCampusFactory(city=CityFactory(name_en="Nowhere"))  # no coordinates: not drawn
    text = client.get("/en/campuses/statistics/").text
    assert '<desc id="campus-map-desc">Astana: 2</desc>' in text
    assert text.count('<g class="campus-map__marker">') == 1
    assert "tile" not in text and "https://" not in text.split("<main", 1)[1].split("</main>")[0]


def test_demo_programmes_come_only_from_rows_that_name_subject_and_level(client, demo):
    response = client.get("/en/campuses/?level=master&sort=name")
    assert re.findall(r'<h2><a href="/en/campuses/[^"]+/">([^<]+)</a></h2>', response.text) == [
        "Coventry University Kazakhstan",
        "Northwestern Polytechnical University Kazakhstan Branch",
    ]
    cardiff = BranchCampus.objects.get(slug="cardiff-university-kazakhstan")
    assert [(p.title_en, p.level, p.field, p.language) for p in cardiff.programmes.all()] == [
        ("Computer science", "bachelor", "06", "en"),
        ("Business management", "bachelor", "04", "en"),
        ("Civil engineering", "bachelor", "07", "en"),
        ("Geology and exploration", "bachelor", "05", "en"),
    ]


def test_map_labels_are_plain_svg_text_with_the_language_of_a_fallback(client):
    city = CityFactory(
        name_kk="", name_ru="", name_en="Petropavl", latitude="54.87530", longitude="69.16280"
    )
    BranchCampusFactory(city=city)
    text = client.get("/kk/campuses/statistics/").text
    svg = text[text.index('<svg viewBox="-24 -24') : text.index("</svg>")]
    labels = re.findall(r"<text [^>]*>(.*?)</text>", svg)
    assert labels == ["Petropavl"]
    assert 'lang="en">Petropavl</text>' in svg


def test_demo_marks_cardiffs_first_campus_abroad(client, demo):
    assert list(
        BranchCampus.objects.filter(first_campus_abroad=True).values_list("slug", flat=True)
    ) == ["cardiff-university-kazakhstan"]
    text = client.get("/en/campuses/cardiff-university-kazakhstan/").text
    assert "This is the parent university's first campus outside its home country." in text


def test_a_wrong_value_in_the_campus_data_is_reported_with_its_line(monkeypatch, tmp_path):
    additions = tmp_path / "branch_campuses.yaml"
    additions.write_text(
        universities.demo.CAMPUS_ADDITIONS.read_text(encoding="utf-8").replace(
            "kind: branch_campus", "kind: campus", 2
        ),
        encoding="utf-8",
    )
    monkeypatch.setattr(universities.demo, "CAMPUS_ADDITIONS", additions)
    with pytest.raises(CommandError) as error:
        call_command("load_demo", verbosity=0)
    assert str(error.value) == (
        "Nothing was loaded: branch_campuses.csv: "
        "line 2 (de-montfort-university-kazakhstan-dmuk): "
        "kind: Value 'campus' is not a valid choice. | "
        "line 3 (coventry-university-kazakhstan): kind: Value 'campus' is not a valid choice."
    )
    assert BranchCampus.objects.count() == 0
