"""Demo content of the universities app: places, institutions and the 37 sourced branch campuses.

- ``places.yaml`` and ``institutions.yaml``: countries, cities and institutions, each defined
  once; the other apps refer to them by code or slug.
- ``../data/branch_campuses.csv``: the sourced table as it was compiled (see its NOTES file),
  with a source and a confidence level on every row, and each campus's name and programmes in
  Kazakh and Russian beside the English (``name_kk``, ``name_ru``, ``programs_or_fields_kk``,
  ``programs_or_fields_ru``; drafts written for the portal, to be reviewed by native editors).
- ``branch_campuses.yaml``: what the portal adds to each CSV row (slug, keys, kind and status,
  programmes), joined on ``name_en``.

The campuses go through ``BranchCampusResource``, the resource the admin import uses, in
create-only mode: a campus that exists is skipped, whatever an editor changed in it.
"""

import csv
from pathlib import Path

import tablib

from core.demo import DemoDataError
from universities.models import BranchCampus, Country
from universities.resources import BranchCampusResource

HERE = Path(__file__).parent
FILES = [HERE / "places.yaml", HERE / "institutions.yaml"]
CAMPUS_ADDITIONS = HERE / "branch_campuses.yaml"
CAMPUS_TABLE = HERE.parent / "data" / "branch_campuses.csv"

# The sourced table's columns that the open-data format (BranchCampusResource) takes as they are.
SOURCED_COLUMNS = {
    "name_en": "name_en",
    "name_ru": "name_ru",
    "name_kk": "name_kk",
    "year_opened": "year_opened",
    "programs_or_fields": "programmes_summary_en",
    "programs_or_fields_ru": "programmes_summary_ru",
    "programs_or_fields_kk": "programmes_summary_kk",
    "website": "website",
    "source_url": "source_urls",
    "confidence": "confidence",
}


def load(loader, *, with_passwords):
    loader.load(*FILES)
    additions = _campus_additions(loader)
    dataset = campus_dataset(CAMPUS_TABLE, additions)
    resource = BranchCampusResource(create_only=True)
    result = resource.import_data(dataset, raise_errors=False, use_transactions=False)
    _raise_for_errors(result, dataset)
    created = {row.object_id for row in result.rows if row.import_type == row.IMPORT_TYPE_NEW}
    programmes = {row["slug"]: row.get("programmes") for row in additions}
    for campus in BranchCampus.objects.filter(pk__in=created):
        try:
            loader.create_children(campus, "programmes", programmes[campus.slug])
        except DemoDataError as error:
            raise DemoDataError(f"{CAMPUS_ADDITIONS.name}, {campus.slug}: {error}") from None
    return []


def _campus_additions(loader):
    content = loader.read(CAMPUS_ADDITIONS)
    if not isinstance(content, dict) or not isinstance(content.get("campuses"), list):
        raise DemoDataError(f"{CAMPUS_ADDITIONS.name}: expected a list under “campuses”.")
    return content["campuses"]


def campus_dataset(table, additions):
    """The sourced rows and the portal's additions, in the columns of BranchCampusResource."""
    with open(table, encoding="utf-8", newline="") as file:
        sourced = list(csv.DictReader(file))
    by_name = {row["name_en"]: row for row in additions}
    unmatched = set(by_name) - {row["name_en"] for row in sourced}
    if unmatched:
        raise DemoDataError(
            f"{CAMPUS_ADDITIONS.name}: no row of {table.name} is named {sorted(unmatched)}."
        )
    countries = dict(Country.objects.values_list("name_en", "code"))
    columns = [field.column_name for field in BranchCampusResource().get_import_fields()]
    dataset = tablib.Dataset(headers=columns)
    for number, row in enumerate(sourced, start=2):
        where = f"{table.name} line {number} ({row['name_en']})"
        if row["name_en"] not in by_name:
            raise DemoDataError(f"{where}: {CAMPUS_ADDITIONS.name} has no entry for it.")
        if row["country_of_origin"] not in countries:
            raise DemoDataError(f"{where}: no country is named {row['country_of_origin']!r}.")
        values = {column: row[name] for name, column in SOURCED_COLUMNS.items()}
        values["country"] = countries[row["country_of_origin"]]
        values["status"] = BranchCampus.Status.PUBLISHED
        values["first_campus_abroad"] = False
        extra = {k: v for k, v in by_name[row["name_en"]].items() if k != "programmes"}
        unknown = set(extra) - set(columns)
        if unknown:
            raise DemoDataError(f"{where}: unknown columns {sorted(unknown)}.")
        values.update(extra)
        dataset.append([_cell(values.get(column)) for column in columns])
    return dataset


def _cell(value):
    return "" if value is None else value


def _raise_for_errors(result, dataset):
    """Every row error and validation error of the import, each with its CSV line and slug."""
    slugs = dataset["slug"]
    problems = [
        f"line {number + 1} ({slugs[number - 1]}): {error.error}"
        for number, errors in result.row_errors()
        for error in errors
    ]
    problems += [
        f"line {invalid.number + 1} ({slugs[invalid.number - 1]}): "
        + "; ".join(
            f"{field}: {' '.join(messages)}" for field, messages in invalid.error_dict.items()
        )
        for invalid in result.invalid_rows
    ]
    if problems:
        raise DemoDataError(f"{CAMPUS_TABLE.name}: " + " | ".join(problems))
