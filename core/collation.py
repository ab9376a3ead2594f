"""Names in the visitor's alphabet: one collation per language, the same order on both databases.

Kazakh names sort in the Kazakh alphabet on ``/kk/`` (а ә б в г ғ д е ё ж з и й к қ л м н ң о
ө п р с т у ұ ү ф х һ ц ч ш щ ъ ы і ь э ю я), Russian ones in the Russian alphabet on ``/ru/``,
English ones in the Latin alphabet on ``/en/``. A plain ``ORDER BY`` compares code points, which
puts every Kazakh letter (ә, ғ, қ, ң, ө, ұ, ү, һ, і) after я.

- **PostgreSQL** sorts with its ICU collations ``kk-x-icu``, ``ru-x-icu`` and ``en-x-icu``
  (CLDR's order for each language; PostgreSQL ships them when it is built with ICU, as the
  Debian and official packages are).
- **SQLite** has no ICU, so each SQLite connection gets collations of the same names, written in
  Python (``sort_key``) after the same rules for what the portal's names contain: letters in
  the language's alphabet (case and accents only break ties), Cyrillic before Latin on kk and
  ru pages and after it on en pages, digits before letters, spaces and punctuation before
  digits. ``tests/core/test_collation.py`` checks that both databases give the same order.

``Alphabetical("name")`` is the ordering to use: the name the visitor sees (their language, then
the fallbacks) in their language's collation, decided when the query runs. Models put it in
``Meta.ordering``; views and filters pass it to ``order_by()``.
"""

import unicodedata
from functools import lru_cache, partial

from django.conf import settings
from django.db.models import Expression, Value
from django.db.models.functions import Coalesce, Collate, NullIf
from django.utils.deconstruct import deconstructible
from django.utils.translation import get_language

from core.languages import fallback_order, language_codes, localized

# The order of the letters, lower case. Russian and the ICU root order put the Kazakh letters
# after their base letter; ё is a letter of its own in Kazakh and a variant of е elsewhere.
KAZAKH_LETTERS = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
CYRILLIC_LETTERS = "аәбвгғдежзиійкқлмнңоөпрстуүұфхһцчшщъыьэюя"
LATIN_LETTERS = "abcdefghijklmnopqrstuvwxyz"
# Punctuation and symbols in ICU's root order (they sort before digits and letters).
PUNCTUATION = "_-‐‑‒–—―,;:!?.…'‘’‚‛‹›\"“”„«»()[]{}§¶@*/\\&#%‰†‡•`´˜^¯¨°©®+±÷×<=>¬|¦~¤¢$£¥€"

# Primary weights: spaces < punctuation < digits < the language's own script < the other script
# < anything else (by code point).
_SPACE, _PUNCTUATION, _DIGIT, _FIRST_SCRIPT, _SECOND_SCRIPT, _OTHER = (
    n * 100_000 for n in range(6)
)


def collation_name(language):
    """The collation of ``language`` (``kk-x-icu``): PostgreSQL's ICU name, also used on SQLite."""
    return f"{language}-x-icu"


def _alphabets(language):
    cyrillic = KAZAKH_LETTERS if language == "kk" else CYRILLIC_LETTERS
    if language in ("kk", "ru"):
        return ((cyrillic, _FIRST_SCRIPT), (LATIN_LETTERS, _SECOND_SCRIPT))
    return ((LATIN_LETTERS, _FIRST_SCRIPT), (cyrillic, _SECOND_SCRIPT))


@lru_cache(maxsize=16)
def _primary_weights(language):
    return {
        letter: base + position
        for letters, base in _alphabets(language)
        for position, letter in enumerate(letters)
    }


def _character_weights(char, weights):
    """(primary, secondary, tertiary) of one character."""
    lower = char.lower()
    case = 1 if lower != char else 0
    if lower in weights:
        return weights[lower], 0, case
    base, *marks = unicodedata.normalize("NFD", lower)
    if base in weights:
        return weights[base], sum(ord(mark) for mark in marks), case
    if char.isspace():
        return _SPACE, ord(char), 0
    if char.isdigit():
        return _DIGIT + unicodedata.digit(char, 0), 0, 0
    if char in PUNCTUATION:
        return _PUNCTUATION + PUNCTUATION.index(char), 0, 0
    if unicodedata.category(char)[0] in "PSZ":
        return _PUNCTUATION + len(PUNCTUATION) + ord(char), 0, 0
    return _OTHER + ord(lower), 0, case


@lru_cache(maxsize=20_000)
def sort_key(text, language):
    """A key that orders ``text`` as the collation of ``language`` does: letters first, then
    accents, then case (lower before upper), then the text itself so that the order is total."""
    weights = _primary_weights(language)
    levels = list(zip(*(_character_weights(char, weights) for char in text or ""), strict=True))
    primary, secondary, tertiary = levels or ((), (), ())
    return primary, secondary, tertiary, text or ""


def _compare(language, left, right):
    left, right = sort_key(left, language), sort_key(right, language)
    return (left > right) - (left < right)


def register_sqlite_collations(sender, connection, **kwargs):
    """``connection_created`` receiver: give a new SQLite connection the portal's collations."""
    if connection.vendor != "sqlite":
        return
    for code in language_codes():
        connection.connection.create_collation(collation_name(code), partial(_compare, code))


def current_language():
    return get_language() or settings.LANGUAGE_CODE


@deconstructible(path="core.collation.Alphabetical")
class Alphabetical(Expression):
    """Orders by the translated ``field`` as the visitor sees it, in the visitor's alphabet.

    ``Alphabetical("name")`` or ``Alphabetical("city__name")`` in ``Meta.ordering`` or
    ``order_by()``: the first non-empty of ``name_<language>`` and its fallbacks, collated for
    the language active when the query runs."""

    def __init__(self, field):
        super().__init__()
        self.translated_field = field

    def __repr__(self):
        return f"{self.__class__.__name__}({self.translated_field!r})"

    def localized_expression(self):
        language = current_language()
        names = [
            NullIf(localized(self.translated_field, code), Value(""))
            for code in fallback_order(language)
        ]
        return Collate(Coalesce(*names, Value("")), collation_name(language))

    def prefix_references(self, prefix):
        """Ordering by a foreign key follows the related model's ordering through the key."""
        return self.__class__(f"{prefix}{self.translated_field}")

    def resolve_expression(self, *args, **kwargs):
        return self.localized_expression().resolve_expression(*args, **kwargs)


def alphabetical(items, key, language=None):
    """``items`` sorted in Python by ``key(item)`` (a text) in the collation of ``language``."""
    language = language or current_language()
    return sorted(items, key=lambda item: sort_key(key(item) or "", language))
