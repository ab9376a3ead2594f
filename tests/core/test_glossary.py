"""The glossary (docs/glossary.yaml) holds for the interface catalogs and the demo content.

Every text is read in its language (its catalog's, its field's or its CSV column's) and must
contain none of that language's forbidden variants; an interface string bound to a term must
carry the term in every language. A failure names the file, the text and the variant.
"""

import csv
import re
from pathlib import Path

import polib
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "docs" / "glossary.yaml"
LANGUAGES = ("kk", "ru", "en")
SUFFIX = re.compile(r"_(kk|ru|en)$")


def _terms():
    return yaml.safe_load(GLOSSARY.read_text(encoding="utf-8"))["terms"]


def _forbidden(language):
    """(term id, variant, compiled pattern) for every forbidden variant of ``language``."""
    return [
        (term["id"], variant, re.compile(rf"(?<!\w){variant}(?!\w)", re.IGNORECASE))
        for term in _terms()
        for variant in (term.get("forbidden") or {}).get(language, [])
    ]


def _catalogs():
    """Every interface catalog of the project, with its language."""
    for folder in ("locale", "locale_vendor"):
        for path in sorted((ROOT / folder).glob("*/LC_MESSAGES/*.po")):
            language = path.parent.parent.name
            if language in LANGUAGES:
                yield path, language


def _catalog_texts():
    for path, language in _catalogs():
        for entry in polib.pofile(str(path)):
            if entry.obsolete:
                continue
            for text in [entry.msgstr, *entry.msgstr_plural.values()]:
                if text:
                    yield path, language, text


def _strings(node, language=None):
    """(language, text) of every string of a YAML tree; a key ending in _kk/_ru/_en sets the
    language of what is below it."""
    if isinstance(node, dict):
        for key, value in node.items():
            match = SUFFIX.search(str(key))
            yield from _strings(value, match.group(1) if match else language)
    elif isinstance(node, list):
        for item in node:
            yield from _strings(item, language)
    elif isinstance(node, str) and language:
        yield language, node


def _content_texts():
    for path in sorted(ROOT.glob("*/demo/*.yaml")):
        for language, text in _strings(yaml.safe_load(path.read_text(encoding="utf-8"))):
            yield path, language, text
    for path in sorted(ROOT.glob("*/data/*.csv")):
        with open(path, encoding="utf-8", newline="") as file:
            for row in csv.DictReader(file):
                for column, text in row.items():
                    match = SUFFIX.search(column)
                    if text:
                        yield path, match.group(1) if match else "en", text


def _allowed(language):
    """Per term id: the phrases of ``language`` in which its forbidden words mean something
    else (removed from a text before the check)."""
    return {
        term["id"]: [re.compile(re.escape(phrase), re.IGNORECASE) for phrase in phrases]
        for term in _terms()
        if (phrases := (term.get("allowed") or {}).get(language))
    }


def _violations(texts):
    forbidden = {language: _forbidden(language) for language in LANGUAGES}
    allowed = {language: _allowed(language) for language in LANGUAGES}
    found = []
    for path, language, text in texts:
        for term, variant, pattern in forbidden[language]:
            checked = text
            for phrase in allowed[language].get(term, []):
                checked = phrase.sub("", checked)
            if pattern.search(checked):
                found.append(
                    f"{path.relative_to(ROOT)}: {language} «{variant}» ({term}) in “{text[:120]}”"
                )
    return found


def test_the_glossary_gives_every_term_in_every_language():
    terms = _terms()
    assert len({term["id"] for term in terms}) == len(terms)
    for term in terms:
        assert all(term.get(language) for language in LANGUAGES), term["id"]
        assert set(term.get("forbidden") or {}) <= set(LANGUAGES), term["id"]
        assert term.get("source"), term["id"]


def test_the_interface_catalogs_use_no_forbidden_variant():
    assert list(_catalogs()), "no catalog found"
    assert _violations(_catalog_texts()) == []


def test_the_demo_content_uses_no_forbidden_variant():
    texts = list(_content_texts())
    assert {language for _path, language, _text in texts} == set(LANGUAGES)
    assert _violations(texts) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_interface_strings_bound_to_a_term_carry_it(language):
    catalog = polib.pofile(str(ROOT / "locale" / language / "LC_MESSAGES" / "django.po"))
    wrong = []
    for term in _terms():
        for msgid in term.get("msgids", []):
            entry = catalog.find(msgid)
            expected = term[language]
            if entry is None or expected.lower() not in (entry.msgstr or msgid).lower():
                wrong.append(f"{msgid!r}: {entry and entry.msgstr!r}, expected «{expected}»")
    assert wrong == []


def test_the_status_filter_words_differ_in_every_language():
    terms = {term["id"]: term for term in _terms()}
    for language in LANGUAGES:
        words = [terms[i][language] for i in ("campus-announced", "published")]
        assert len(set(words)) == 2, language


def test_a_forbidden_variant_is_found_and_named(tmp_path):
    """The positive control: the check sees a variant in a catalog and in content."""
    texts = [
        (ROOT / "locale" / "ru" / "x.po", "ru", "Мастерская Лу Баня"),
        (ROOT / "events" / "demo" / "x.yaml", "kk", "2024 жылғы басылым"),
        (ROOT / "events" / "demo" / "x.yaml", "ru", "выпускники вузов"),
    ]
    assert _violations(texts) == [
        "locale/ru/x.po: ru «Лу\\s+Бань?\\w*» (luban-workshop) in “Мастерская Лу Баня”",
        "events/demo/x.yaml: kk «басылым\\w*» (forum-edition) in “2024 жылғы басылым”",
    ]
