"""Kazakh first (issue #11, item 1): the demo's names exist in kk, ru and en, in the right script,
and a visitor of the Kazakh or Russian pages reads no name borrowed from another language."""

import re

import pytest

from events.models import Topic
from universities.models import BranchCampus, City, Country, Institution, Programme

pytestmark = pytest.mark.django_db

KAZAKH_ONLY = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z&.'-]*")
# Latin words a Kazakh or Russian name may keep: brands and acronyms.
BRANDS = {"KAIST", "DMUK", "Q", "University", "MBA", "Executive", "BSc/BA", "HSK", "KIA"}
BRANDS |= {"QS", "Quacquarelli", "Symonds"}
FOREIGN_LANGUAGE_SPAN = {"kk": re.compile(r'lang="(ru|en)"'), "ru": re.compile(r'lang="(kk|en)"')}


def _names():
    """(model, slug, field, language, text) of every name and title of the demo."""
    rows = [
        (BranchCampus, "name"),
        (Institution, "name"),
        (City, "name"),
        (City, "region"),
        (Country, "name"),
        (Programme, "title"),
        (Topic, "name"),
    ]
    for model, field in rows:
        for obj in model.objects.all():
            for language in ("kk", "ru", "en"):
                yield model.__name__, obj.pk, field, language, getattr(obj, f"{field}_{language}")


def test_every_name_exists_in_kazakh_russian_and_english(demo):
    missing = [
        name[:4]
        for name in _names()
        if not name[4] and not (name[0] == "City" and name[2] == "region")
    ]
    assert missing == []
    assert BranchCampus.objects.exclude(name_kk="").count() == 37
    assert BranchCampus.objects.exclude(name_ru="").count() == 37
    assert not BranchCampus.objects.exclude(programmes_summary_en="").filter(
        programmes_summary_kk=""
    )


def test_names_are_in_the_script_of_their_language(demo):
    wrong = []
    for model, pk, field, language, text in _names():
        if language == "ru" and KAZAKH_ONLY.search(text or ""):
            wrong.append((model, pk, field, text))
        if language in ("kk", "ru"):
            latin = set(LATIN_WORD.findall(text or "")) - BRANDS
            if latin:
                wrong.append((model, pk, field, text, latin))
    assert wrong == []


def test_russian_names_start_with_a_capital(demo):
    for model in (BranchCampus, Institution, City, Country):
        lower = [n for n in model.objects.values_list("name_ru", flat=True) if n[0].islower()]
        assert lower == [], model.__name__


def _visible(html):
    html = re.sub(r"<script.*?</script>", "", html, flags=re.S)
    html = re.sub(r"<[^>]+>", " ", html)
    return re.sub(r"https?://\S+", " ", html)


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_campus_directory_borrows_no_name_from_another_language(client, demo, language):
    latin_cities = set(City.objects.values_list("name_en", flat=True)) - {"Almaty", "Astana"}
    for page in (1, 2):
        text = client.get(f"/{language}/campuses/?page={page}").text
        cards = text[text.index('<ul class="cards">') : text.index("</ul>", text.index("cards"))]
        assert not FOREIGN_LANGUAGE_SPAN[language].search(cards), page
        words = set(re.findall(r"\w+", _visible(text)))
        assert words.isdisjoint(latin_cities), words & latin_cities
        assert "Almaty" not in words and "Astana" not in words


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_campus_and_institution_page_shows_its_own_language(client, demo, language):
    latin_cities = set(City.objects.values_list("name_en", flat=True))
    pages = [c.get_absolute_url() for c in BranchCampus.objects.all()]
    pages += [i.get_absolute_url() for i in Institution.objects.exclude(slug="kaist")]
    for url in pages:
        text = client.get(f"/{language}{url[3:]}").text
        heading = re.search(r"<h1>(.*?)</h1>", text, re.S).group(1)
        assert "lang=" not in heading, url
        assert set(re.findall(r"\w+", _visible(text))).isdisjoint(latin_cities), url


def test_the_coventry_institution_page_in_kazakh(client, demo):
    text = client.get("/kk/institutions/coventry-university/").text
    assert "<h1>Ковентри университеті</h1>" in text
    assert "Университет Ковентри" not in text
