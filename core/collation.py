"""Names in the visitor's alphabet: one collation per language, the same order on both databases.

Kazakh names sort in the Kazakh alphabet on ``/kk/`` (а ә б в г ғ д е ё ж з и й к қ л м н ң о
ө п р с т у ұ ү ф х һ ц ч ш щ ъ ы і ь э ю я), Russian ones in the Russian alphabet on ``/ru/``,
English ones in the Latin alphabet on ``/en/``. A plain ``ORDER BY`` compares code points, which
puts every Kazakh letter (ә, ғ, қ, ң, ө, ұ, ү, һ, і) after я.

- **PostgreSQL** sorts with its ICU collations ``kk-x-icu``, ``ru-x-icu`` and ``en-x-icu``
  (CLDR's order for each language; PostgreSQL ships them when it is built with ICU, as the
  Debian and official packages are).
- **SQLite** has no ICU, so each SQLite connection gets the same orders written in Python
  (``sort_key``, registered as a sort key function and as a collation of the PostgreSQL name),
  after the same rules for what the portal's names contain: letters in
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
from django.db.models import CharField, Expression, Func, Value
from django.db.models.functions import Coalesce, NullIf
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
# < anything else (by code point). Every weight is a character code ≥ 2, so that a key is one
# string that compares at C speed (1 separates the levels).
_SPACE, _PUNCTUATION, _DIGIT, _FIRST_SCRIPT, _SECOND_SCRIPT = (0x100 + n * 0x1000 for n in range(5))
_OTHER = 0x10000
_LEVELS = "\x01"


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


@lru_cache(maxsize=4096)
def _character_weights(char, language):
    """(primary, secondary, tertiary) of one character, each as a one-character string."""
    weights = _primary_weights(language)
    lower = char.lower()
    case = 3 if lower != char else 2
    if lower in weights:
        levels = weights[lower], 2, case
    elif (decomposed := unicodedata.normalize("NFD", lower))[0] in weights:
        levels = weights[decomposed[0]], 2 + sum(map(ord, decomposed[1:])) % 0x1000, case
    elif char.isspace():
        levels = _SPACE, 2 + ord(char) % 0x1000, 2
    elif char.isdigit():
        levels = _DIGIT + unicodedata.digit(char, 0), 2, 2
    elif char in PUNCTUATION:
        levels = _PUNCTUATION + PUNCTUATION.index(char), 2, 2
    elif unicodedata.category(char)[0] in "PSZ":
        levels = _PUNCTUATION + 0x100 + ord(char) % 0xE00, 2, 2
    else:
        levels = _OTHER + ord(lower) % 0xF0000, 2, case
    return tuple(map(chr, levels))


@lru_cache(maxsize=50_000)
def sort_key(text, language):
    """A key that orders ``text`` as the collation of ``language`` does: letters first, then
    accents, then case (lower before upper), then the text itself so that the order is total.
    It is one string (a character per weight), compared at C speed."""
    text = text or ""
    levels = [_character_weights(char, language) for char in text]
    return _LEVELS.join(["".join(level[n] for level in levels) for n in range(3)] + [text])


def _compare(language, left, right):
    left, right = sort_key(left, language), sort_key(right, language)
    return (left > right) - (left < right)


def sort_key_function(language):
    """The name of the SQLite function that returns ``sort_key(text, language)``."""
    return f"portal_sort_key_{language}"


def register_sqlite_collations(sender, connection, **kwargs):
    """``connection_created`` receiver: give a new SQLite connection the portal's orders, as a
    sort key function per language (what ``Alphabetical`` uses: one Python call per row, then
    SQLite compares the keys itself) and as a collation of the PostgreSQL name (one Python call
    per comparison, so that ``Collate(…, "kk-x-icu")`` also works on SQLite)."""
    if connection.vendor != "sqlite":
        return
    for code in language_codes():
        connection.connection.create_function(
            sort_key_function(code), 1, partial(_key_or_none, code), deterministic=True
        )
        connection.connection.create_collation(collation_name(code), partial(_compare, code))


def _key_or_none(language, text):
    return None if text is None else sort_key(text, language)


class Collated(Func):
    """``expression`` in the order of ``language``: ``COLLATE "kk-x-icu"`` on PostgreSQL, the
    portal's sort key function on SQLite."""

    output_field = CharField()

    def __init__(self, expression, language):
        super().__init__(expression)
        self.language = language

    def as_sql(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.source_expressions[0])
        return f"({sql}) COLLATE {connection.ops.quote_name(collation_name(self.language))}", params

    def as_sqlite(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.source_expressions[0])
        return f"{sort_key_function(self.language)}({sql})", params


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
        return Collated(Coalesce(*names, Value("")), language)

    def prefix_references(self, prefix):
        """Ordering by a foreign key follows the related model's ordering through the key."""
        return self.__class__(f"{prefix}{self.translated_field}")

    def resolve_expression(self, *args, **kwargs):
        return self.localized_expression().resolve_expression(*args, **kwargs)


def alphabetical(items, key, language=None):
    """``items`` sorted in Python by ``key(item)`` (a text) in the collation of ``language``."""
    language = language or current_language()
    return sorted(items, key=lambda item: sort_key(key(item) or "", language))
