"""Names sort in the visitor's alphabet, the same way on SQLite and PostgreSQL (core.collation)."""

import random
import re

import pytest
from django.db import connection
from django.db.models import F
from django.db.models.functions import Collate
from django.utils import translation

from core.collation import KAZAKH_LETTERS, Alphabetical, alphabetical, collation_name, sort_key
from tests.factories import BranchCampusFactory, CityFactory
from universities.models import City

RUSSIAN_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"

# Names with what the portal's names contain: Kazakh and Russian letters, Latin brands, digits,
# quotes, hyphens, parentheses, capitals, accents.
NAMES = [
    "Абай",
    "Әл-Фараби",
    "Ақтөбе",
    "Алматы",
    "Алма",
    "Әлем",
    "Бірінші",
    "Байқоңыр",
    "Ёлка",
    "Елорда",
    "Жезқазған",
    "Ілияс",
    "Ырғыз",
    "Ұлытау",
    "Үшінші",
    "Өскемен",
    "Орал",
    "Қаскелең",
    "Костанай",
    "Һәм",
    "Хан",
    "Шымкент",
    "KAIST",
    "Q University",
    "Université de Lorraine",
    "universite",
    "2025 жыл",
    "«Восход»",
    "Восток",
    "Абай (филиал)",
    "Абай-2",
    "АБАЙ",
]


def test_the_kazakh_alphabet_in_its_own_order():
    letters = list(KAZAKH_LETTERS)
    shuffled = random.Random(11).sample(letters, len(letters))
    assert "".join(sorted(shuffled, key=lambda c: sort_key(c, "kk"))) == KAZAKH_LETTERS
    upper = [c.upper() for c in shuffled]
    assert "".join(sorted(upper, key=lambda c: sort_key(c, "kk"))) == KAZAKH_LETTERS.upper()


def test_russian_order_and_kazakh_letters_after_their_base():
    letters = list(RUSSIAN_LETTERS)
    shuffled = random.Random(7).sample(letters, len(letters))
    assert "".join(sorted(shuffled, key=lambda c: sort_key(c, "ru"))) == RUSSIAN_LETTERS.replace(
        "ё", ""
    ).replace("е", "её")
    assert alphabetical(["Б", "Ә", "А"], str, "ru") == ["А", "Ә", "Б"]
    assert alphabetical(["ежи", "ёж", "еж"], str, "ru") == ["еж", "ёж", "ежи"]  # ё is е
    assert alphabetical(["ежи", "ёж", "еж"], str, "kk") == ["еж", "ежи", "ёж"]  # ё is a letter


def test_script_order_follows_the_language():
    assert alphabetical(["KAIST", "Алматы"], str, "kk") == ["Алматы", "KAIST"]
    assert alphabetical(["KAIST", "Алматы"], str, "ru") == ["Алматы", "KAIST"]
    assert alphabetical(["Алматы", "KAIST"], str, "en") == ["KAIST", "Алматы"]
    # An accent only breaks a tie.
    assert alphabetical(["Universitf", "Université", "Universita"], str, "en") == [
        "Universita",
        "Université",
        "Universitf",
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_database_sorts_like_the_python_key(language):
    """On PostgreSQL this compares ICU's order with the Python key used on SQLite."""
    for number, name in enumerate(NAMES):
        CityFactory(slug=f"city-{number}", name_kk=name, name_ru=name, name_en=name)
    expected = alphabetical(NAMES, str, language)
    names = City.objects.values_list(f"name_{language}", flat=True)
    with translation.override(language):
        assert list(names.order_by(Alphabetical("name"), "pk")) == expected, connection.vendor
    # The collation of the same name, for a plain Collate(), gives the same order.
    collated = Collate(F(f"name_{language}"), collation_name(language))
    assert list(names.order_by(collated, "pk")) == expected, connection.vendor


@pytest.mark.django_db
def test_on_kazakh_pages_a_follows_a_and_precedes_b(client):
    for name in ("Бірлік филиалы", "Әлем филиалы", "Абай филиалы", "Яссауи филиалы"):
        BranchCampusFactory(name_kk=name, name_ru="", city=CityFactory(name_kk=name[:-8]))
    text = client.get("/kk/campuses/").text
    names = re.findall(r'<h2><a href="/kk/campuses/[^"]+/">(.*?)</a></h2>', text)
    assert names == ["Абай филиалы", "Әлем филиалы", "Бірлік филиалы", "Яссауи филиалы"]
    cities = text[text.index('id="id_city"') :]
    cities = re.findall(r">([^<(]+) \(\d+\)</option>", cities[: cities.index("</select>")])
    assert cities == ["Абай", "Әлем", "Бірлік", "Яссауи"]
    by_city = client.get("/kk/campuses/?sort=city").text
    assert re.findall(r'<h2><a href="/kk/campuses/[^"]+/">(.*?)</a></h2>', by_city) == names
