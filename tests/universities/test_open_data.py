"""Open data downloads and the admin import: stable columns, round trip, whole-file rejection."""

import csv
import html
import io
import json
import re

import pytest
import tablib
from django.core.files.uploadedfile import SimpleUploadedFile
from django.forms.models import model_to_dict
from django.utils import translation

from tests.factories import BranchCampusFactory, CityFactory, CountryFactory, InstitutionFactory
from tests.html import parse
from universities.models import BranchCampus, Institution
from universities.resources import BranchCampusResource, InstitutionResource

pytestmark = pytest.mark.django_db

COLUMNS = [
    "slug",
    "name_kk",
    "name_ru",
    "name_en",
    "parent",
    "country",
    "city",
    "host_partner",
    "kind",
    "campus_status",
    "year_opened",
    "first_campus_abroad",
    "website",
    "partner_note_kk",
    "partner_note_ru",
    "partner_note_en",
    "programmes_summary_kk",
    "programmes_summary_ru",
    "programmes_summary_en",
    "notes_kk",
    "notes_ru",
    "notes_en",
    "description_kk",
    "description_ru",
    "description_en",
    "source_urls",
    "confidence",
    "status",
]


@pytest.fixture
def campuses():
    gb = CountryFactory(code="GB")
    cn = CountryFactory(code="CN")
    astana = CityFactory(slug="astana")
    host = InstitutionFactory(slug="enu", kind=Institution.Kind.KAZAKH_UNIVERSITY)
    return [
        BranchCampusFactory(
            slug="coventry",
            name_kk="",
            name_ru="Ковентри",
            name_en="Coventry University Kazakhstan",
            parent=InstitutionFactory(slug="coventry-university", country=gb),
            city=astana,
            host_partner=host,
            notes_en="Opened in 2024; the host partner is ambiguous.",
            description_en="<p>A <strong>branch</strong>.</p>",
            source_urls="https://example.org/a\nhttps://example.org/b",
        ),
        BranchCampusFactory(
            slug="luban",
            parent=InstitutionFactory(slug="tianjin", country=cn),
            city=None,
            year_opened=None,
            kind=BranchCampus.Kind.LUBAN_WORKSHOP,
            campus_status=BranchCampus.CampusStatus.ANNOUNCED,
        ),
        BranchCampusFactory(slug="draft", status=BranchCampus.Status.DRAFT),
    ]


def test_csv_download_has_stable_columns_every_language_and_the_filter(client, campuses):
    response = client.get("/kk/campuses/open-data.csv?country=GB")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="branch-campuses.csv"'
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8"))))
    assert list(rows[0]) == COLUMNS
    assert [row["slug"] for row in rows] == ["coventry"]
    row = rows[0]
    assert (row["name_kk"], row["name_ru"], row["name_en"]) == (
        "",
        "Ковентри",
        "Coventry University Kazakhstan",
    )
    assert row["parent"] == "coventry-university"
    assert row["city"] == "astana"
    assert row["host_partner"] == "enu"
    assert row["source_urls"] == "https://example.org/a ; https://example.org/b"


def test_json_download_lists_published_campuses_only(client, campuses):
    response = client.get("/en/campuses/open-data.json")
    assert response["Content-Type"] == "application/json"
    rows = json.loads(response.content)
    assert [row["slug"] for row in rows] == ["luban", "coventry"]
    assert list(rows[0]) == COLUMNS
    assert rows[0]["city"] == ""
    assert rows[0]["campus_status"] == "announced"


def test_the_directory_offers_exactly_the_formats_that_are_served(client):
    """What a visitor can download is what the links offer (no route exists for another format)."""
    BranchCampusFactory(slug="coventry")
    links = parse(client.get("/en/campuses/").content).links
    assert {text: href for href, text, _attrs in links if "/open-data." in href} == {
        "CSV": "/en/campuses/open-data.csv",
        "JSON": "/en/campuses/open-data.json",
    }
    for extension, content_type in [
        ("csv", "text/csv; charset=utf-8"),
        ("json", "application/json"),
    ]:
        response = client.get(f"/en/campuses/open-data.{extension}")
        assert (response.status_code, response["Content-Type"]) == (200, content_type)
        assert response["Content-Disposition"] == (
            f'attachment; filename="branch-campuses.{extension}"'
        )


def _snapshot():
    with translation.override("en"):
        return _rows()


def _rows():
    return [model_to_dict(c, exclude=["id"]) for c in BranchCampus.objects.order_by("slug")], [
        model_to_dict(i, exclude=["id", "logo"]) for i in Institution.objects.order_by("slug")
    ]


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_then_import_changes_nothing(client, campuses, fmt):
    before = _snapshot()
    updated = list(BranchCampus.objects.values_list("updated_at", flat=True))
    for resource in (InstitutionResource(), BranchCampusResource()):
        exported = resource.export().export(fmt)
        dataset = tablib.Dataset().load(exported, format=fmt)
        result = resource.import_data(dataset, dry_run=False)
        assert not result.has_errors() and not result.has_validation_errors()
        assert {row.import_type for row in result.rows} == {"skip"}
    assert _snapshot() == before
    assert list(BranchCampus.objects.values_list("updated_at", flat=True)) == updated


def test_public_csv_imports_back_unchanged(client, campuses):
    before = _snapshot()
    content = client.get("/en/campuses/open-data.csv").content.decode("utf-8")
    result = BranchCampusResource().import_data(
        tablib.Dataset().load(content, format="csv"), dry_run=False
    )
    assert [row.import_type for row in result.rows] == ["skip", "skip"]
    assert _snapshot() == before


def _csv_file(rows):
    output = io.StringIO()
    writer = csv.DictWriter(output, fieldnames=COLUMNS)
    writer.writeheader()
    for row in rows:
        writer.writerow({column: row.get(column, "") for column in COLUMNS})
    return SimpleUploadedFile("campuses.csv", output.getvalue().encode(), "text/csv")


GOOD_ROW = {
    "slug": "new-campus",
    "name_en": "New Campus",
    "parent": "coventry-university",
    "country": "GB",
    "city": "astana",
    "kind": "branch_campus",
    "campus_status": "operating",
    "year_opened": "2025",
    "first_campus_abroad": "0",
    "confidence": "high",
    "status": "draft",
}


def _import(client, upload, **headers):
    return client.post(
        "/admin/universities/branchcampus/import/",
        {"resource": "0", "format": "0", "import_file": upload},
        **headers,
    )


def test_admin_import_previews_then_saves_on_confirmation(admin_client, campuses):
    response = _import(admin_client, _csv_file([GOOD_ROW]))
    assert "New Campus" in response.text
    assert not BranchCampus.objects.filter(slug="new-campus").exists()
    hidden = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', response.text))
    confirm = {
        key: hidden[key] for key in ("import_file_name", "original_file_name", "format", "resource")
    }
    admin_client.post("/admin/universities/branchcampus/process_import/", confirm)
    campus = BranchCampus.objects.get(slug="new-campus")
    assert (campus.name_en, campus.parent.slug, campus.city.slug, campus.year_opened) == (
        "New Campus",
        "coventry-university",
        "astana",
        2025,
    )


def test_admin_import_rejects_the_whole_file_when_one_row_is_bad(admin_client, campuses):
    before = _snapshot()
    bad = {**GOOD_ROW, "slug": "bad", "parent": "no-such-university", "kind": "castle"}
    response = _import(admin_client, _csv_file([GOOD_ROW, bad]), HTTP_ACCEPT_LANGUAGE="en")
    text = html.unescape(response.text)
    assert "Some rows failed to validate" in text
    assert "No institution with the slug “no-such-university”." in text
    assert "Value 'castle' is not a valid choice." in text
    assert "Confirm import" not in text
    assert 'name="import_file_name"' not in text
    assert _snapshot() == before
    assert not BranchCampus.objects.filter(slug="new-campus").exists()


def test_create_only_import_adds_new_rows_and_skips_existing_ones_unchanged(campuses):
    dataset = BranchCampusResource().export()
    coventry = dataset.dict[0]
    assert coventry["slug"] == "coventry"
    dataset = tablib.Dataset(headers=dataset.headers)
    dataset.append([{**coventry, "name_en": "Overwritten"}.get(c) for c in dataset.headers])
    dataset.append([{**coventry, "slug": "coventry-2"}.get(c) for c in dataset.headers])

    result = BranchCampusResource(create_only=True).import_data(dataset, dry_run=False)

    assert [row.import_type for row in result.rows] == ["skip", "new"]
    assert BranchCampus.objects.get(slug="coventry").name_en == "Coventry University Kazakhstan"
    assert BranchCampus.objects.get(slug="coventry-2").name_en == "Coventry University Kazakhstan"
    # The admin's import (not create-only) updates the same row: the control for the skip above.
    result = BranchCampusResource().import_data(dataset, dry_run=False)
    assert [row.import_type for row in result.rows] == ["update", "skip"]
    assert BranchCampus.objects.get(slug="coventry").name_en == "Overwritten"
