"""The generic demo loader: get or create by natural key, never overwrite, clear errors."""

import pytest
from django.utils import translation

from core.demo import DemoDataError, DemoLoader
from events.models import Forum, KeyFigure
from universities.models import City, Country

pytestmark = pytest.mark.django_db

PLACES = """
- model: universities.country
  key: code
  rows:
    - {code: KZ, name_en: Kazakhstan}
- model: universities.city
  key: slug
  defaults: {country: KZ}
  rows:
    - {slug: astana, name_en: Astana, latitude: "51.16940", longitude: "71.44910"}
    - {slug: almaty, name_en: Almaty}
"""

FORUM = """
- model: events.forum
  key: slug
  rows:
    - slug: ii-forum-2025
      number: 2
      title_en: II Forum
      start_date: 2025-10-29
      end_date: 2025-10-31
      city: astana
      key_figures:
        - {value_en: "40", label_en: branches}
        - {value_en: "3×", label_en: growth}
"""


@pytest.fixture
def write(tmp_path):
    def write(name, text):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


def test_rows_are_created_with_defaults_keys_and_children_in_order(write):
    loader = DemoLoader()
    loader.load(write("places.yaml", PLACES), write("forum.yaml", FORUM))

    astana = City.objects.get(slug="astana")
    assert (astana.country.code, astana.name_en, str(astana.latitude)) == (
        "KZ",
        "Astana",
        "51.16940",
    )
    forum = Forum.objects.get()
    assert (forum.city, str(forum.start_date)) == (astana, "2025-10-29")
    assert list(forum.key_figures.values_list("order", "value_en")) == [(0, "40"), (1, "3×")]
    assert loader.created == {
        "universities.country": 1,
        "universities.city": 2,
        "events.forum": 1,
        "events.keyfigure": 2,
    }


def test_a_second_load_changes_nothing_and_does_not_bring_back_deleted_children(write):
    places, forum = write("places.yaml", PLACES), write("forum.yaml", FORUM)
    DemoLoader().load(places, forum)
    City.objects.filter(slug="astana").update(name_en="Nur-Sultan (edited)")
    KeyFigure.objects.filter(order=1).delete()

    loader = DemoLoader()
    loader.load(places, forum)

    assert City.objects.get(slug="astana").name_en == "Nur-Sultan (edited)"
    assert list(KeyFigure.objects.values_list("value_en", flat=True)) == ["40"]
    assert loader.created == {}


@pytest.mark.parametrize(
    ("files", "message"),
    [
        (
            [PLACES, "- {model: universities.country, key: code, rows: [{code: KZ}]}"],
            "file1.yaml, universities.country row 1: code=KZ is already defined in file0.yaml; "
            "define a row once and refer to it by its key.",
        ),
        (
            [PLACES, FORUM.replace("city: astana", "city: aqmola")],
            "file1.yaml, events.forum row 1: no universities.city with slug=aqmola.",
        ),
        (
            [PLACES.replace('latitude: "51.16940"', 'latitude: "north"')],
            "file0.yaml, universities.city row 1: “north” value must be a decimal number.",
        ),
        (
            [PLACES, FORUM.replace("number: 2", "number: 2\n      status: live")],
            "file1.yaml, events.forum row 1: status: Value 'live' is not a valid choice.",
        ),
        (
            [FORUM],
            "file0.yaml, events.forum row 1: no key is declared for universities.city: "
            "write {field: value}.",
        ),
    ],
    ids=["defined-twice", "unknown-key", "bad-decimal", "bad-choice", "undeclared-key"],
)
def test_a_wrong_row_is_an_error_that_names_its_file_and_row(write, files, message):
    paths = [write(f"file{number}.yaml", text) for number, text in enumerate(files)]
    # As load_demo runs it: without translations, so Django's part of a message is in English.
    with pytest.raises(DemoDataError) as error, translation.override(None):
        DemoLoader().load(*paths)
    assert str(error.value) == message
    assert City.objects.filter(slug="aqmola").exists() is False


def test_a_wrong_child_row_names_its_parent(write):
    forum = write("forum.yaml", FORUM.replace("label_en: growth", "label_en: growth, colour: red"))
    with pytest.raises(DemoDataError) as error:
        DemoLoader().load(write("places.yaml", PLACES), forum)
    assert str(error.value) == (
        "forum.yaml, events.forum row 1: key_figures of events.forum II Forum, row 2: "
        "KeyFigure has no field named 'colour'"
    )


def test_a_file_that_is_not_yaml_is_named(write):
    with pytest.raises(DemoDataError) as error:
        DemoLoader().load(write("broken.yaml", "- model: [unclosed"))
    assert str(error.value).startswith("broken.yaml: cannot be read: ")
    assert Country.objects.exists() is False
