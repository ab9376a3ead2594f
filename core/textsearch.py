"""Text folding for a search that forgives: one spelling key per word, whatever the script.

``fold_word`` turns a word of Kazakh or Russian Cyrillic, the Kazakh Latin alphabet of 2021 or
a common English/Russian romanisation into a key of lower-case ASCII letters and digits, so that
the spellings of one name meet: Тоқаев, Токаев, Toqaev, Tokaev and Tokayev all give ``tokaev``;
Ақтөбе, Актобе, Aqtöbe and Aktobe give ``aktobe``. The steps:

1. Kazakh letters folded to their nearest Russian ones (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ/ү→у, һ→х,
   і→и), then Cyrillic spelt in Latin letters (ж→zh, х→kh, ц→ts, ч→ch, ш/щ→sh, я→ya …);
2. the Kazakh Latin letters (ş→sh, ç→ch, ı→y, q→k; the accents of ä, ö, ü, ū, ñ, ğ dropped) and
   the romanisations' doubles brought to one form: zh/j, kh/h, w/v, x/ks, c/k/s, ph/f;
3. y between vowels or before a vowel at the start dropped (Tokayev/Tokaev, Yeshenkulov/
   Eshenkulov), every other y an i (Kyzylorda/Qızılorda → kizilorda); doubled letters single.

Typos are left to trigram similarity (``trigrams``, ``similarity``: the sets and the measure of
PostgreSQL's ``pg_trgm``, computed on folded words), which works the same on every database.
"""

import re
import unicodedata
from functools import lru_cache

MAX_WORD_LENGTH = 40

CYRILLIC = {
    # Kazakh letters, folded first (ә/а, ғ/г, қ/к, ң/н, ө/о, ұ/ү/у, һ/х, і/и)
    "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и",
    # Ukrainian and Belarusian letters a name may carry
    "ї": "и", "є": "е", "ў": "у", "ґ": "г",
}  # fmt: skip

TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "sh", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip

# Latin letters that Unicode decomposition does not take apart (or not into what they spell).
LATIN = {
    "ş": "sh", "ç": "ch", "ı": "y", "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l",
}  # fmt: skip

# One spelling for the romanisations' alternatives, applied in this order.
REWRITES = [  # (pattern, replacement)
    (r"dzh|dj", "j"),
    (r"zh", "j"),
    (r"kh", "h"),
    (r"sch", "sh"),
    (r"ph", "f"),
    (r"ck", "k"),
    (r"ch", "\x00"),  # keep ch apart while c is read
    (r"c(?=[eiy])", "s"),
    (r"c", "k"),
    (r"\x00", "ch"),
    (r"q", "k"),
    (r"w", "v"),
    (r"x", "ks"),
    (r"(?<=[^aeiouy])yo", "e"),  # Gumilyov, Гумилёв, Гумилев
    (r"(?:(?<=[aeiou])|^)y(?=[aeiou])", ""),
    (r"y", "i"),
    (r"(.)\1+", r"\1"),
]
_REWRITES = [(re.compile(pattern), replacement) for pattern, replacement in REWRITES]

WORD = re.compile(r"\w+")


def _to_latin(word):
    letters = []
    for char in word:
        char = CYRILLIC.get(char, char)
        char = TO_LATIN.get(char, char)
        letters.append(LATIN.get(char, char))
    decomposed = unicodedata.normalize("NFKD", "".join(letters))
    return "".join(c for c in decomposed if c.isascii() and c.isalnum())


@lru_cache(maxsize=20000)
def fold_word(word):
    """The search key of one word (lower-case ASCII letters and digits; may be empty)."""
    key = _to_latin(word.lower()[: MAX_WORD_LENGTH * 2])
    for pattern, replacement in _REWRITES:
        key = pattern.sub(replacement, key)
    return key[:MAX_WORD_LENGTH]


def words(text):
    """The words of a text, as (start, end, word) in their order."""
    return [(m.start(), m.end(), m.group()) for m in WORD.finditer(text or "")]


def fold(text):
    """The search keys of a text's words, in order (empty keys left out)."""
    keys = (fold_word(word) for _start, _end, word in words(text))
    return [key for key in keys if key]


@lru_cache(maxsize=20000)
def trigrams(key):
    """The trigrams of a folded word, padded as PostgreSQL's pg_trgm pads it: two spaces before,
    one after (``tok`` → ``"  t", " to", "tok", "ok "``)."""
    padded = f"  {key} "
    return frozenset(padded[i : i + 3] for i in range(len(padded) - 2))


def similarity(first, second):
    """Shared trigrams over all trigrams of two folded words (pg_trgm's ``similarity``)."""
    if first == second:
        return 1.0
    a, b = trigrams(first), trigrams(second)
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared) if shared else 0.0


def resemblance(first, second):
    """``similarity``, raised for a word that begins with the other (four letters or more), as
    an inflected form does: Ломоносова/Lomonosov, университетінде/university."""
    score = similarity(first, second)
    short, long = sorted((first, second), key=len)
    if len(short) >= 4 and long.startswith(short):
        score = max(score, 0.85 + 0.15 * len(short) / len(long))
    return score
