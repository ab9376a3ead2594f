"""Developer tool: fill msgstr entries of locale/{kk,ru,en} from a JSON file and clean headers.

    python scripts/po_fill.py strings.json
    python scripts/po_fill.py --locale locale_vendor --domain djangojs strings.json

strings.json maps a msgid to {"kk": "...", "ru": "...", "en": "..."}; for a plural entry the value
is {"kk": ["one", "other"], "ru": ["one", "few", "many", "other"], "en": ["one", "other"]}. Entries
are matched on msgid (and msgctxt when the key is "context\u0004msgid"). Filled entries lose their
fuzzy flag. Prints the msgids that are still untranslated.
"""

import argparse
import json
from pathlib import Path

import polib

LOCALE = Path(__file__).resolve().parent.parent / "locale"
PLURAL_FORMS = {
    "kk": "nplurals=2; plural=(n!=1);",
    "en": "nplurals=2; plural=(n != 1);",
    "ru": "nplurals=4; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
    "(n%100<12 || n%100>14) ? 1 : n%10==0 || (n%10>=5 && n%10<=9) || "
    "(n%100>=11 && n%100<=14)? 2 : 3);",
}


def main(path, locale=LOCALE, domain="django"):
    strings = json.loads(Path(path).read_text(encoding="utf-8")) if path else {}
    for code, plural_forms in PLURAL_FORMS.items():
        po_path = Path(locale) / code / "LC_MESSAGES" / f"{domain}.po"
        if not po_path.exists():
            continue
        po = polib.pofile(str(po_path))
        po.metadata.update(
            {
                "Project-Id-Version": "forum-portal",
                "Language": code,
                "Plural-Forms": plural_forms,
                "Language-Team": code,
                "Last-Translator": "Forum portal team",
            }
        )
        po.metadata_is_fuzzy = False
        for entry in po:
            key = f"{entry.msgctxt}\u0004{entry.msgid}" if entry.msgctxt else entry.msgid
            value = strings.get(key, {}).get(code)
            if value is None:
                continue
            if entry.msgid_plural:
                entry.msgstr_plural = dict(enumerate(value))
            else:
                entry.msgstr = value
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
                entry.previous_msgid = None
                entry.previous_msgid_plural = None
        po.save()
        missing = [e.msgid for e in po if not e.translated() and not e.obsolete]
        for msgid in missing:
            print(f"{code}: untranslated: {msgid!r}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("strings", nargs="?")
    parser.add_argument("--locale", default=LOCALE, help="the folder of <lang>/LC_MESSAGES")
    parser.add_argument("--domain", default="django")
    args = parser.parse_args()
    main(args.strings, Path(args.locale).resolve(), args.domain)
