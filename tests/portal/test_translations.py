"""Every UI string exists in kk, ru and en, and the compiled catalogs say what the .po files say."""

from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

LANGUAGES = [code for code, _name in settings.LANGUAGES]
CYRILLIC = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі")


def catalog(code):
    return polib.pofile(str(Path(settings.LOCALE_PATHS[0]) / code / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_string_is_translated_and_none_is_fuzzy(code):
    po = catalog(code)
    assert [e.msgid for e in po.untranslated_entries()] == []
    assert [e.msgid for e in po.fuzzy_entries()] == []
    assert not po.metadata_is_fuzzy


def test_the_three_catalogs_hold_the_same_strings():
    msgids = {code: {(e.msgctxt, e.msgid) for e in catalog(code)} for code in LANGUAGES}
    assert msgids["kk"] == msgids["ru"] == msgids["en"]


def test_kazakh_is_written_in_cyrillic():
    latin_only = [
        e.msgid
        for e in catalog("kk")
        if any(c.isalpha() for c in e.msgstr)
        and not CYRILLIC & set(e.msgstr.lower())
        and e.msgstr not in ("English",)
    ]
    assert latin_only == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_compiled_catalogs_match_the_po_files(code):
    """What Django serves at run time (the .mo) is exactly what the .po file says."""
    with translation.override(code):
        for entry in catalog(code):
            if entry.msgid_plural:
                got = (
                    translation.npgettext(entry.msgctxt, entry.msgid, entry.msgid_plural, 1)
                    if entry.msgctxt
                    else translation.ngettext(entry.msgid, entry.msgid_plural, 1)
                )
                assert got == entry.msgstr_plural[0], entry.msgid
            elif entry.msgctxt:
                assert translation.pgettext(entry.msgctxt, entry.msgid) == entry.msgstr
            else:
                assert translation.gettext(entry.msgid) == entry.msgstr, entry.msgid
